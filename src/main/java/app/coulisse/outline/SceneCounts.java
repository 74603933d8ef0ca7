package app.coulisse.outline;

import app.coulisse.season.Episode;
import app.coulisse.season.EpisodeContents;
import app.coulisse.season.Series;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The outline's answer to the season overview's "how many scenes and pages" (one grouped statement). */
@Component
class SceneCounts implements EpisodeContents {

    private final SceneRepository scenes;

    SceneCounts(SceneRepository scenes) {
        this.scenes = scenes;
    }

    @Override
    public Map<Long, Counts> countsBySeries(Series series) {
        return scenes.countsBySeries(series).stream()
                .collect(Collectors.toMap(SceneRepository.EpisodeCount::episodeId,
                        count -> new Counts(count.scenes(), count.eighths())));
    }

    @Override
    public long sceneCount(Episode episode) {
        return scenes.countByEpisode(episode);
    }
}
