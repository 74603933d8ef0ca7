package app.coulisse.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.core.DomainException;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.season.SeasonService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Scene threads: the production office writes in them, questions stay open until answered, bad notes change nothing. */
class SceneNoteServiceTest extends SpringAppTest {

    @Autowired
    SceneNoteService notes;

    @Autowired
    OutlineService outlineService;

    @Autowired
    SeasonService seasonService;

    private List<Scene> scenes() {
        return outlineService.scenes(seasonService.episodeSummaries().get(0).id());
    }

    @Test
    void the_production_office_asks_and_a_writer_answers() {
        actAs("production", "PRODUCTION");
        Scene scene = scenes().get(2);
        long episodeId = scene.getEpisode().getId();
        SceneNote question = notes.addNote(scene.getId(), "  Night or dusk?  ", true);
        notes.addNote(scene.getId(), "Costume fitting on Tuesday.", false);

        assertThat(notes.thread(scene.getId())).extracting(SceneNote::getBody)
                .containsExactly("Night or dusk?", "Costume fitting on Tuesday.");
        assertThat(notes.openQuestionCounts(episodeId)).containsEntry(scene.getId(), 1L).hasSize(1);
        assertThat(notes.openQuestions(episodeId)).singleElement()
                .satisfies(open -> {
                    assertThat(open.sceneNumber()).isEqualTo(scene.getNumber());
                    assertThat(open.askedBy()).isEqualTo("production");
                });

        actAs("writer", "WRITER");
        notes.markAnswered(question.getId());
        assertThat(notes.openQuestionCounts(episodeId)).isEmpty();
        assertThat(notes.thread(scene.getId()).getFirst().getAnsweredBy()).isEqualTo("writer");
    }

    @Test
    void an_empty_or_overlong_note_is_refused_and_nothing_is_written() {
        actAs("writer", "WRITER");
        Scene scene = scenes().get(0);
        assertThatThrownBy(() -> notes.addNote(scene.getId(), "   ", false))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "note.body.required");
        assertThatThrownBy(() -> notes.addNote(scene.getId(), "x".repeat(SceneNote.MAX_LENGTH + 1), true))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "note.body.too-long");
        assertThat(notes.thread(scene.getId())).isEmpty();
    }

    @Test
    void only_a_question_can_be_marked_answered() {
        actAs("writer", "WRITER");
        SceneNote note = notes.addNote(scenes().get(0).getId(), "Remember the rain machine.", false);
        assertThatThrownBy(() -> notes.markAnswered(note.getId()))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "note.not-a-question");
    }
}
