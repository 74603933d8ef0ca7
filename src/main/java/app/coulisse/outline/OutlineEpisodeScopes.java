package app.coulisse.outline;

import app.coulisse.season.EpisodeScope;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A write through a scene or an act writes into its episode (record 056). */
@Configuration(proxyBeanMethods = false)
class OutlineEpisodeScopes {

    @Bean
    EpisodeScope sceneScope(SceneRepository scenes) {
        return EpisodeScope.of(Scene.class, id -> scenes.findById(id).map(scene -> List.of(scene.getEpisode()))
                .orElse(List.of()));
    }

    @Bean
    EpisodeScope actScope(ActRepository acts) {
        return EpisodeScope.of(Act.class, id -> acts.findById(id).map(act -> List.of(act.getEpisode()))
                .orElse(List.of()));
    }
}
