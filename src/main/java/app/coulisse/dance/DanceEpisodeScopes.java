package app.coulisse.dance;

import app.coulisse.season.EpisodeScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deleting a dance number writes into every episode it is tagged in (record 056). */
@Configuration(proxyBeanMethods = false)
class DanceEpisodeScopes {

    @Bean
    EpisodeScope danceNumberScope(SceneDanceNumberRepository links) {
        return EpisodeScope.of(DanceNumber.class, links::episodesOfDanceNumber);
    }
}
