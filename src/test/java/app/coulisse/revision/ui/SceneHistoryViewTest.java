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
import app.coulisse.revision.SceneChangeView;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Through the board like a user: an edit after the lock shows in the scene's history and marks the card with the
 * current revision's colour; a restore puts the old synopsis back as a change of its own; the showrunner starts
 * Blue; the filter and next/previous change find the changed scenes.
 */
class SceneHistoryViewTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;

    private long episode;
    private List<Scene> scenes;

    @BeforeEach
    void aLockedEpisodeOnTheBoard() {
        loginAs("showrunner");
        episode = seasonService.createEpisode("163", "Historique").getId();
        for (String set : List.of("XX STUDIO", "XX ROOF", "XX CORRIDOR")) {
            outlineService.appendScene(episode, new SceneDraft("Act One", IntExt.INT, set, TimeOfDay.DAY, null, 8,
                    "Before in " + set, null, null, List.of()));
        }
        outlineService.lockNumbers(episode);
        scenes = outlineService.scenes(episode);
        UI.getCurrent().navigate("episodes/" + episode + "/board");
    }

    @Test
    void an_edit_shows_in_the_history_marks_the_card_and_can_be_restored() {
        _click(_get(Button.class, spec -> spec.withId("revision-start-next")));
        _setValue(_get(TextField.class, spec -> spec.withId("revision-label")), "Production draft");
        _click(_get(Button.class, spec -> spec.withId("revision-start")));
        assertThat(_get(Span.class, spec -> spec.withId("revision-current")).getText()).startsWith("Blue – Production draft");

        long sceneId = scenes.get(1).getId();
        edit(sceneId, "Jack hides on the roof.");
        Span badge = _get(Span.class, spec -> spec.withId("scene-" + sceneId + "-revision-badge"));
        assertThat(badge.getText()).isEqualTo("Blue");
        assertThat(badge.getStyle().get("background-color")).isEqualTo("#C6EDFE");

        open(sceneId);
        Grid<SceneChangeView> history = historyGrid();
        SceneChangeView edit = GridKt._get(history, 0);
        assertThat(edit.field()).isEqualTo("synopsis");
        assertThat(edit.before()).isEqualTo("Before in XX ROOF");
        assertThat(edit.after()).isEqualTo("Jack hides on the roof.");
        assertThat(edit.who()).isEqualTo("showrunner");
        assertThat(edit.revisionName()).isEqualTo("Blue");

        _click((Button) GridKt._getCellComponent(history, 0, "restore"));

        assertThat(outlineService.scene(sceneId).getSynopsis()).isEqualTo("Before in XX ROOF");
        open(sceneId);
        SceneChangeView restore = GridKt._get(historyGrid(), 0);
        assertThat(GridKt._size(historyGrid())).isEqualTo(2);
        assertThat(restore.before()).isEqualTo("Jack hides on the roof.");
        assertThat(restore.after()).isEqualTo("Before in XX ROOF");
    }

    @Test
    void the_filter_and_next_change_find_the_scenes_changed_in_the_current_revision() {
        long first = scenes.get(0).getId();
        long third = scenes.get(2).getId();
        edit(first, "Changed once.");
        edit(third, "Changed twice.");

        _setValue(_get(Checkbox.class, spec -> spec.withId("filter-changed-in-revision")), true);
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("scene-" + first)).isVisible()).isTrue();
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(VerticalLayout.class,
                spec -> spec.withId("scene-" + scenes.get(1).getId()));
        _setValue(_get(Checkbox.class, spec -> spec.withId("filter-changed-in-revision")), false);

        open(first);
        assertThat(_get(Button.class, spec -> spec.withId("previous-change")).isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("next-change")));

        assertThat(_get(Dialog.class, spec -> spec.withId("scene-editor")).getHeaderTitle())
                .contains(scenes.get(2).getNumber());
        assertThat(_get(Button.class, spec -> spec.withId("next-change")).isEnabled()).isFalse();
    }

    private void open(long sceneId) {
        _click(_get(Button.class, spec -> spec.withId("scene-" + sceneId + "-open")));
    }

    private void edit(long sceneId, String synopsis) {
        open(sceneId);
        _setValue(_get(TextArea.class, spec -> spec.withId("scene-synopsis")), synopsis);
        _click(_get(Button.class, spec -> spec.withId("scene-save")));
    }

    @SuppressWarnings("unchecked")
    private Grid<SceneChangeView> historyGrid() {
        _get(Details.class, spec -> spec.withId("history-details")).setOpened(true);
        return _get(Grid.class, spec -> spec.withId("history"));
    }
}
