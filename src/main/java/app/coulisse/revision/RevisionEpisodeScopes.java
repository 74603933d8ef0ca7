package app.coulisse.revision;

import app.coulisse.season.EpisodeScope;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A write through a revision (an import marking its changes) writes into the revision's episode (record 056). */
@Configuration(proxyBeanMethods = false)
class RevisionEpisodeScopes {

    @Bean
    EpisodeScope revisionScope(RevisionRepository revisions) {
        return EpisodeScope.of(Revision.class, id -> revisions.findById(id)
                .map(revision -> List.of(revision.getEpisode())).orElse(List.of()));
    }
}
