package app.coulisse.outline.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** The outline's routes, for other features' views: they link here without spelling the paths. */
public final class OutlineNavigation {

    static final String EPISODE_ID = "episodeId";

    /** An id in an address is digits: anything else matches no route and gets the not-found page, not a parse error. */
    static final String ID_PATTERN = "([0-9]{1,18})";

    private OutlineNavigation() {
    }

    /** Opens an episode's board. */
    public static void toBoard(long episodeId) {
        UI.getCurrent().navigate(EpisodeBoardView.class, parameters(episodeId));
    }

    /** Opens an episode's board with one of its scenes open in the editor (the editor's "next change"). */
    public static void toScene(long episodeId, long sceneId) {
        UI.getCurrent().navigate(EpisodeBoardView.class, parameters(episodeId))
                .ifPresent(board -> board.openScene(sceneId));
    }

    static RouteParameters parameters(long episodeId) {
        return new RouteParameters(EPISODE_ID, String.valueOf(episodeId));
    }
}
