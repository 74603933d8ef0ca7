package app.coulisse.outline.ui;

import app.coulisse.outline.Scene;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

/**
 * How a synopsis taken from the imported script's first action line shows, so the room sees it is not its own
 * (record 038): muted on the card and in the one-liner, with a tooltip that says where it came from.
 */
final class ScriptSynopsis {

    /** The CSS class (card) and grid part (one-liner) of a synopsis from the script. */
    static final String STYLE = "synopsis-from-script";
    /** The words that say where it came from. */
    static final String KEY = "scene.synopsis.from-script";

    private ScriptSynopsis() {
    }

    /** Marks a card's synopsis when it came from the script. */
    static void mark(Span synopsis, Scene scene) {
        if (scene.isSynopsisFromScript()) {
            synopsis.addClassName(STYLE);
            synopsis.setTitle(synopsis.getTranslation(KEY));
        }
    }

    /** Marks the one-liner's synopsis cells that came from the script. */
    static void mark(Grid.Column<Scene> synopsis, Grid<Scene> grid) {
        synopsis.setPartNameGenerator(scene -> scene.isSynopsisFromScript() ? STYLE : null);
        synopsis.setTooltipGenerator(scene -> scene.isSynopsisFromScript() ? grid.getTranslation(KEY) : null);
    }
}
