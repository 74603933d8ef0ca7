package app.coulisse.revision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.revision.RevisionService;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one-liner's rows carry the revision their scene was last changed in, as the board's cards and the workbook
 * do: the revision's name on its colour, in text that reads on it; no Revision column before anything was revised.
 */
class RevisionOnOneLinerTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    RevisionService revisionService;

    private long episode;
    private List<Scene> scenes;

    @BeforeEach
    void aLockedEpisode() {
        loginAs("showrunner");
        episode = seasonService.createEpisode("164", "Lignes").getId();
        for (String set : List.of("XX STUDIO", "XX ROOF", "XX CORRIDOR")) {
            outlineService.appendScene(episode, new SceneDraft("Act One", IntExt.INT, set, TimeOfDay.DAY, null, 8,
                    "Before in " + set, null, null, List.of()));
        }
        outlineService.lockNumbers(episode);
        scenes = outlineService.scenes(episode);
    }

    @Test
    void a_revised_scene_shows_its_revision_colour_and_name_on_its_row() {
        showOneLiner();
        assertThat(oneLiner().getColumnByKey("revision-badge").isVisible()).isFalse();

        revisionService.startNext(episode, null);
        editFromTheOneLiner(1, "Jack hides on the roof.");

        Grid<Scene> grid = oneLiner();
        assertThat(grid.getColumnByKey("revision-badge").isVisible()).isTrue();
        Span revised = (Span) GridKt._getCellComponent(grid, 1, "revision-badge");
        assertThat(revised.getText()).isEqualTo("Blue");
        assertThat(revised.getStyle().get("background-color")).isEqualTo("#C6EDFE");
        assertThat(revised.getStyle().get("color")).isEqualTo("#000000");
        assertThat(revised.getElement().getAttribute("title")).isEqualTo("Revision");
        Span untouched = (Span) GridKt._getCellComponent(grid, 0, "revision-badge");
        assertThat(untouched.getText()).isEmpty();
        assertThat(untouched.getStyle().get("background-color")).isNull();
    }

    @Test
    void a_dark_revision_colour_is_written_in_white() {
        revisionService.updateOrder("White #FFFFFF, Navy #1F2A6B");
        revisionService.startNext(episode, null);
        showOneLiner();
        editFromTheOneLiner(2, "Jack runs down the corridor.");

        Span revised = (Span) GridKt._getCellComponent(oneLiner(), 2, "revision-badge");
        assertThat(revised.getText()).isEqualTo("Navy");
        assertThat(revised.getStyle().get("background-color")).isEqualTo("#1F2A6B");
        assertThat(revised.getStyle().get("color")).isEqualTo("#FFFFFF");
    }

    private void showOneLiner() {
        UI.getCurrent().navigate("episodes/" + episode + "/one-liner");
    }

    /** Opens the row's scene with a double click, as a user does, changes its synopsis and saves. */
    private void editFromTheOneLiner(int row, String synopsis) {
        GridKt._doubleClickItem(oneLiner(), row);
        _setValue(_get(TextArea.class, spec -> spec.withId("scene-synopsis")), synopsis);
        _click(_get(Button.class, spec -> spec.withId("scene-save")));
    }

    @SuppressWarnings("unchecked")
    private Grid<Scene> oneLiner() {
        return _get(Grid.class, spec -> spec.withId("one-liner"));
    }
}
