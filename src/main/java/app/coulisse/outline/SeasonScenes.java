package app.coulisse.outline;

import app.coulisse.season.Episode;
import java.util.List;

/**
 * One season as every season-wide read sees it (the breakdown export, the production plan, the USS export): its
 * episodes in running order and their scenes in running order, omitted ones included. The scenes are kept to the
 * season by episode id, here only.
 */
public record SeasonScenes(int seasonNumber, List<Episode> episodes, List<Scene> scenes) {

    public SeasonScenes {
        episodes = List.copyOf(episodes);
        scenes = List.copyOf(scenes);
    }

    /** The scenes still in the script. */
    public List<Scene> playedScenes() {
        return scenes.stream().filter(scene -> !scene.isOmitted()).toList();
    }
}
