package app.coulisse.live.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.live.ChangeBus;
import app.coulisse.live.EpisodeChanged;
import app.coulisse.notes.SceneNoteService;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.Scene;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.outline.ui.CardButton;
import app.coulisse.outline.ui.SceneEditor;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.internal.CurrentInstance;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people on one episode, each in their own session: what one commits reaches the other's screen through the
 * push queue; a rolled-back change never does; an open editor learns of the other's save before saving; presence
 * comes and goes. Changes commit for real here (no test transaction): the test makes its own episode and deletes it.
 */
class LiveRoomTest extends SharedEpisodeTest {

    LiveRoomTest() {
        super("918", "Live room", "Jack arrives.", "Jack argues.", "Jack leaves.");
    }

    @Autowired
    SceneNoteService notes;

    @Autowired
    ChangeBus bus;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_move_in_one_tab_shows_in_the_other_after_the_push() {
        Room.Tab writer = on("writer", "board");
        Room.Tab showrunner = on("showrunner", "board");
        Scene second = scenes.get(1);
        assertThat(numberOf(second)).isEqualTo("2");

        room.as(writer);
        _click(_get(CardButton.class, spec -> spec.withId("scene-" + second.getId() + "-up")));
        assertThat(numberOf(second)).isEqualTo("1");

        assertThat(room.until(showrunner, () -> numberOf(second).equals("1"))).as("pushed").isTrue();
        assertThat(numberOf(scenes.get(0))).isEqualTo("2");
    }

    @Test
    void a_rolled_back_change_is_never_pushed() {
        Room.Tab writer = on("writer", "board");
        Room.Tab showrunner = on("showrunner", "board");
        List<EpisodeChanged> notices = new CopyOnWriteArrayList<>();
        Runnable stop = bus.subscribe(notices::add);
        try {
            room.as(writer);
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                outlineService.moveSceneUp(scenes.get(1).getId());
                status.setRollbackOnly();
            });
            // Then the same change committed. Notices go out in order on one thread, so once this one has reached
            // the showrunner's board, a notice of the rolled-back move would have been delivered before it.
            room.as(writer);
            outlineService.moveSceneUp(scenes.get(1).getId());
            assertThat(room.until(showrunner, () -> numberOf(scenes.get(1)).equals("1")
                    && notices.stream().anyMatch(notice -> notice.episodeId() == episodeId))).isTrue();

            assertThat(notices).filteredOn(notice -> notice.episodeId() == episodeId
                    && notice.kind() == EpisodeChanged.Kind.OUTLINE)
                    .as("only the committed move was pushed").singleElement()
                    .extracting(EpisodeChanged::by).isEqualTo("writer");
        } finally {
            stop.run();
        }
    }

    @Test
    void an_open_editor_shows_who_changed_the_scene_and_their_fields_beside_the_typed_ones() {
        Room.Tab showrunner = on("showrunner", "board");
        Room.Tab writer = on("writer", "board");
        Scene first = scenes.get(0);

        room.as(showrunner);
        _click(_get(Button.class, spec -> spec.withId("scene-" + first.getId() + "-open")));
        _setValue(_get(TextArea.class, spec -> spec.withId("scene-synopsis")), "Jack arrives, late.");

        room.as(writer);
        _click(_get(Button.class, spec -> spec.withId("scene-" + first.getId() + "-open")));
        _setValue(_get(TextArea.class, spec -> spec.withId("scene-synopsis")), "Jack arrives in the rain.");
        _setValue(_get(TextArea.class, spec -> spec.withId("scene-notes")), "Umbrellas.");
        _click(_get(Button.class, spec -> spec.withId("scene-save")));

        assertThat(room.until(showrunner, () -> _find(Span.class, spec -> spec.withId("changed-elsewhere-title")).size() == 1))
                .as("the changed-elsewhere state").isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("changed-elsewhere-title")).getText())
                .startsWith("Changed by Sam Okafor at ");
        // Above the fields, in the part of the editor that stays in sight while it scrolls (issue 23).
        assertThat(_get(SceneEditor.class).getChildren().findFirst().orElseThrow().getChildren())
                .contains(_get(ChangedElsewhere.class));
        assertThat(_get(SceneEditor.class).getChildren().findFirst().orElseThrow().getClassNames())
                .contains("scene-editor-notices");
        assertThat(_get(Span.class, spec -> spec.withId("changed-synopsis-theirs")).getText()).isEqualTo("Jack arrives in the rain.");
        assertThat(_get(Span.class, spec -> spec.withId("changed-synopsis-typed")).getText()).isEqualTo("Jack arrives, late.");
        assertThat(_get(Span.class, spec -> spec.withId("changed-notes-theirs")).getText()).isEqualTo("Umbrellas.");
        assertThat(_find(Span.class, spec -> spec.withId("changed-eighths-theirs"))).as("unchanged fields are not listed").isEmpty();

        // Their notes, my synopsis: one field taken, then saved over their version through the lock.
        _click(_get(Button.class, spec -> spec.withId("changed-notes-use")));
        assertThat(_get(TextArea.class, spec -> spec.withId("scene-notes")).getValue()).isEqualTo("Umbrellas.");
        _click(_get(Button.class, spec -> spec.withId("keep-mine")));
        _click(_get(Button.class, spec -> spec.withId("scene-save")));

        Scene saved = outlineService.scenes(episodeId).get(0);
        assertThat(saved.getSynopsis()).isEqualTo("Jack arrives, late.");
        assertThat(saved.getNotes()).isEqualTo("Umbrellas.");
    }

    @Test
    void take_theirs_shows_their_version_in_the_fields() {
        Room.Tab showrunner = on("showrunner", "board");
        Scene first = scenes.get(0);
        room.as(showrunner);
        _click(_get(Button.class, spec -> spec.withId("scene-" + first.getId() + "-open")));
        _setValue(_get(TextArea.class, spec -> spec.withId("scene-synopsis")), "Mine.");

        Map<Class<?>, CurrentInstance> tab = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        actAs("writer", "WRITER");
        Scene theirs = new Scene(first.getEpisode());
        theirs.setIntExt(IntExt.EXT);
        theirs.setSet(first.getSet()); // the editor's form needs a set to save
        theirs.setTimeOfDay(TimeOfDay.NIGHT);
        theirs.setEighths(12);
        theirs.setSynopsis("Theirs, from the API.");
        theirs.setVersion(first.getVersion());
        outlineService.saveScene(first.getId(), theirs);
        actAsNobody();
        CurrentInstance.restoreInstances(tab);

        assertThat(room.until(showrunner, () -> _find(Button.class, spec -> spec.withId("take-theirs")).size() == 1)).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("changed-eighths-theirs")).getText()).isEqualTo("1 4/8");
        _click(_get(Button.class, spec -> spec.withId("take-theirs")));
        assertThat(_get(TextArea.class, spec -> spec.withId("scene-synopsis")).getValue()).isEqualTo("Theirs, from the API.");
        assertThat(_find(Span.class, spec -> spec.withId("changed-elsewhere-title"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("scene-save")));
        assertThat(outlineService.scenes(episodeId).get(0).getVersion()).isGreaterThan(theirs.getVersion());
    }

    @Test
    void presence_appears_and_disappears() {
        Room.Tab writer = on("writer", "board");
        assertThat(others()).isEmpty();

        Room.Tab showrunner = on("showrunner", "board");
        assertThat(others()).containsExactly("Sam Okafor");
        assertThat(room.until(writer, () -> others().equals(List.of("Dana Whitfield")))).isTrue();

        room.as(showrunner);
        Scene first = scenes.get(0);
        _click(_get(Button.class, spec -> spec.withId("scene-" + first.getId() + "-open")));
        boolean seen = room.until(writer, () -> editingBadge(first).equals(List.of("✎ Dana Whitfield")));
        assertThat(seen).isTrue();

        room.as(showrunner);
        _click(_get(Button.class, spec -> spec.withId("scene-cancel")));
        assertThat(room.until(writer, () -> editingBadge(first).isEmpty())).isTrue();

        room.as(showrunner);
        UI.getCurrent().navigate("");
        assertThat(room.until(writer, () -> others().isEmpty())).as("gone when they leave the episode").isTrue();

        room.as(showrunner);
        UI.getCurrent().navigate("episodes/" + episodeId + "/one-liner");
        assertThat(room.until(writer, () -> others().equals(List.of("Dana Whitfield")))).isTrue();
        room.close(showrunner);
        assertThat(room.until(writer, () -> others().isEmpty())).as("gone when their tab closes").isTrue();
    }

    @Test
    void the_production_office_asks_a_question_and_the_room_sees_it_counted_and_answers_it() {
        Room.Tab writer = on("writer", "board");
        Room.Tab production = on("production", "board");
        Scene second = scenes.get(1);

        room.as(production);
        _click(_get(Button.class, spec -> spec.withId("scene-" + second.getId() + "-open")));
        _setValue(_get(TextArea.class, spec -> spec.withId("note-body")), "Night or dusk?");
        _setValue(_get(Checkbox.class, spec -> spec.withId("note-question")), true);
        _click(_get(Button.class, spec -> spec.withId("note-add")));
        assertThat(_get(Button.class, spec -> spec.withId("note-add")).isEnabled()).isTrue();

        assertThat(room.until(writer, () -> badge(second, "question-badge").equals(List.of("? 1"))))
                .as("the card counts the open question").isTrue();
        _click(_get(Button.class, spec -> spec.withId("open-questions")));
        long noteId = notes.openQuestions(episodeId).get(0).noteId();
        Grid<?> questions = _get(Grid.class, spec -> spec.withId("open-questions-list"));
        Button answered = (Button) GridKt._getCellComponent(questions, 0, "answered");
        assertThat(answered.getId()).hasValue("question-" + noteId + "-answered");
        _click(answered);
        _click(_get(Button.class, spec -> spec.withId("open-questions-close")));

        room.as(writer);
        assertThat(notes.openQuestionCounts(episodeId)).isEmpty();
        assertThat(room.until(production, () -> _find(Button.class, spec -> spec.withId("note-" + noteId + "-answered")).isEmpty()))
                .as("the thread open in the office's editor shows it answered").isTrue();
    }

    @Test
    void a_note_written_in_one_tab_shows_in_the_history_open_in_the_other() {
        Room.Tab writer = on("writer", "board");
        Room.Tab production = on("production", "board");
        Scene second = scenes.get(1);
        room.as(production);
        _click(_get(Button.class, spec -> spec.withId("scene-" + second.getId() + "-open")));
        _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("history-details")).setOpened(true);
        Grid<?> history = _get(Grid.class, spec -> spec.withId("history"));
        assertThat(GridKt._size(history)).isZero();

        room.as(writer);
        notes.addNote(second.getId(), "Dusk, for the light.", false);

        assertThat(room.until(production, () -> GridKt._size(history) == 1
                && GridKt._getFormattedRow(history, 0).subList(1, 3).equals(List.of("writer", "note written"))))
                .as("the office's open history shows the room's note").isTrue();
    }

    private static List<String> others() {
        List<AvatarGroup> groups = _find(AvatarGroup.class, spec -> spec.withId("episode-presence"));
        return groups.isEmpty() ? List.of()
                : groups.get(0).getItems().stream().map(AvatarGroup.AvatarGroupItem::getName).toList();
    }

    private static List<String> editingBadge(Scene scene) {
        return badge(scene, "editing-badge");
    }

    private static List<String> badge(Scene scene, String style) {
        return _find(Span.class, spec -> spec.withId("scene-" + scene.getId() + "-" + style)).stream()
                .map(Span::getText).toList();
    }
}
