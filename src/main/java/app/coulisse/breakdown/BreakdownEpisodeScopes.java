package app.coulisse.breakdown;

import app.coulisse.season.EpisodeScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deleting an element writes into every episode it is tagged in (record 056). */
@Configuration(proxyBeanMethods = false)
class BreakdownEpisodeScopes {

    @Bean
    EpisodeScope elementScope(SceneElementRepository links) {
        return EpisodeScope.of(BreakdownElement.class, links::episodesOfElement);
    }
}
