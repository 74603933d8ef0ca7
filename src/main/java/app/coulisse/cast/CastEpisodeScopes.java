package app.coulisse.cast;

import app.coulisse.season.EpisodeScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deleting or merging a character writes into every episode it is tagged in (record 056). */
@Configuration(proxyBeanMethods = false)
class CastEpisodeScopes {

    @Bean
    EpisodeScope characterScope(AppearanceRepository appearances) {
        return EpisodeScope.of(StoryCharacter.class, appearances::episodesOfCharacter);
    }
}
