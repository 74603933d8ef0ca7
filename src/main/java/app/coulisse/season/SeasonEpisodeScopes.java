package app.coulisse.season;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An episode id names the episode itself, for {@link EpisodeLockGuard}. */
@Configuration(proxyBeanMethods = false)
class SeasonEpisodeScopes {

    @Bean
    EpisodeScope episodeScope(EpisodeRepository episodes) {
        return EpisodeScope.of(Episode.class, id -> episodes.findById(id).map(List::of).orElse(List.of()));
    }
}
