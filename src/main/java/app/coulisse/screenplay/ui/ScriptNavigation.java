package app.coulisse.screenplay.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;

/** The script reader's route, for other views: an episode's script, scrolled to one of its scenes. */
public final class ScriptNavigation {

    static final String EPISODE_ID = "episodeId";
    static final String SCENE = "scene";

    private ScriptNavigation() {
    }

    /** Opens the episode's script at the scene. */
    public static void toScene(long episodeId, long sceneId) {
        UI.getCurrent().navigate(ScriptReaderView.class, new RouteParameters(EPISODE_ID, String.valueOf(episodeId)),
                QueryParameters.of(SCENE, String.valueOf(sceneId)));
    }

    /** Opens the episode's script at its start. */
    public static void toEpisode(long episodeId) {
        UI.getCurrent().navigate(ScriptReaderView.class, new RouteParameters(EPISODE_ID, String.valueOf(episodeId)));
    }
}
