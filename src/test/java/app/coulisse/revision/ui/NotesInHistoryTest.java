package app.coulisse.revision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.notes.SceneNoteService;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.revision.RevisionService;
import app.coulisse.revision.SceneChangeView;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Through the scene editor like a user: a question asked, a note written and the question marked answered in the
 * scene's thread show in the scene's history with who, when and what; none of them counts in a revision; the
 * history keeps them when the scene is omitted.
 */
class NotesInHistoryTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    SceneNoteService notes;
    @Autowired
    RevisionService revisions;

    private long episode;
    private long sceneId;

    @BeforeEach
    void aLockedEpisodeOnTheBoard() {
        loginAs("showrunner");
        episode = seasonService.createEpisode("165", "Fil").getId();
        for (String set : List.of("XX STUDIO", "XX ROOF")) {
            outlineService.appendScene(episode, new SceneDraft("Act One", IntExt.INT, set, TimeOfDay.DAY, null, 8,
                    "In " + set, null, null, List.of()));
        }
        outlineService.lockNumbers(episode);
        sceneId = outlineService.scenes(episode).get(1).getId();
        revisions.startNext(episode, null);
        UI.getCurrent().navigate("episodes/" + episode + "/board");
    }

    @Test
    void a_question_asked_a_note_written_and_the_answer_show_in_the_scene_history() {
        openEditor();
        Grid<SceneChangeView> history = historyGrid();
        assertThat(GridKt._size(history)).isZero();

        write("Night or dusk?", true);
        write("The roof set is booked on Tuesday.", false);
        long question = notes.thread(sceneId).get(0).getId();
        _click(_get(Button.class, spec -> spec.withId("note-" + question + "-answered")));
        // The history was open all along: it reads again when the user opens it after writing.
        _get(Details.class, spec -> spec.withId("history-details")).setOpened(false);
        history = historyGrid();

        assertThat(GridKt._size(history)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(history, 0).subList(1, 5))
                .containsExactly("showrunner", "question answered", "—", "Night or dusk?");
        assertThat(GridKt._getFormattedRow(history, 1).subList(1, 5))
                .containsExactly("showrunner", "note written", "—", "The roof set is booked on Tuesday.");
        assertThat(GridKt._getFormattedRow(history, 2).subList(1, 5))
                .containsExactly("showrunner", "question asked", "—", "Night or dusk?");
        assertThat(GridKt._getFormattedRow(history, 0).get(0)).isNotBlank();
        for (int row = 0; row < 3; row++) {
            assertThat(GridKt._get(history, row).revisionName()).as("a note counts in no revision").isNull();
        }
        assertThat(revisions.changedInCurrent(episode)).doesNotContain(sceneId);
        _click(_get(Button.class, spec -> spec.withId("scene-cancel")));

        outlineService.omitScene(sceneId);
        UI.getCurrent().navigate("episodes/" + episode + "/one-liner");
        Grid<?> oneLiner = _get(Grid.class, spec -> spec.withId("one-liner"));
        GridKt._doubleClickItem(oneLiner, 1);
        List<String> kinds = historyGrid().getListDataView().getItems().map(SceneChangeView::kind).toList();
        assertThat(kinds).containsExactly("OMIT", "ANSWERED", "NOTE", "QUESTION");
    }

    @Test
    void the_history_says_it_in_french() {
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        openEditor();
        write("Nuit ou crépuscule ?", true);
        assertThat(GridKt._getFormattedRow(historyGrid(), 0).get(2)).isEqualTo("question posée");
    }

    private void openEditor() {
        _click(_get(Button.class, spec -> spec.withId("scene-" + sceneId + "-open")));
        assertThat(_get(Dialog.class, spec -> spec.withId("scene-editor")).isOpened()).isTrue();
    }

    private void write(String text, boolean question) {
        _setValue(_get(TextArea.class, spec -> spec.withId("note-body")), text);
        _setValue(_get(Checkbox.class, spec -> spec.withId("note-question")), question);
        _click(_get(Button.class, spec -> spec.withId("note-add")));
    }

    @SuppressWarnings("unchecked")
    private Grid<SceneChangeView> historyGrid() {
        _get(Details.class, spec -> spec.withId("history-details")).setOpened(true);
        return _get(Grid.class, spec -> spec.withId("history"));
    }
}
