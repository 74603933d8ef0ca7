package app.coulisse.notes;

import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.ChangeKind;
import app.coulisse.outline.SceneChanged;
import app.coulisse.security.Roles;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scene threads: every user writes notes and questions, the production office included (the one write they have
 * in the outline), and any user marks a question answered. Each note written, question asked and question answered
 * is also a {@link SceneChanged} of kind {@code NOTE}, {@code QUESTION} or {@code ANSWERED}, so the scene's
 * history records it with who and when (record 039).
 */
@Service
@Transactional
public class SceneNoteService {

    private final SceneNoteRepository notes;
    private final OutlineService outlineService;
    private final ApplicationEventPublisher events;

    SceneNoteService(SceneNoteRepository notes, OutlineService outlineService, ApplicationEventPublisher events) {
        this.notes = notes;
        this.outlineService = outlineService;
        this.events = events;
    }

    /** A scene's thread, oldest first. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<SceneNote> thread(long sceneId) {
        return notes.findBySceneOrderByIdAsc(outlineService.scene(sceneId));
    }

    /** Writes a note, or a question when {@code question}, in a scene's thread. */
    @PreAuthorize(Roles.ANY_USER)
    public SceneNote addNote(long sceneId, String body, boolean question) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new DomainException("note.body.required");
        }
        if (text.length() > SceneNote.MAX_LENGTH) {
            throw new DomainException("note.body.too-long", SceneNote.MAX_LENGTH);
        }
        Scene scene = outlineService.scene(sceneId);
        SceneNote note = notes.saveAndFlush(new SceneNote(scene, text, question));
        ChangeKind kind = question ? ChangeKind.QUESTION : ChangeKind.NOTE;
        events.publishEvent(new SceneChanged(sceneId, kind, null, null, text));
        return note;
    }

    /** Marks a question answered (once: a second mark changes nothing). */
    @PreAuthorize(Roles.ANY_USER)
    public SceneNote markAnswered(long noteId) {
        SceneNote note = notes.findById(noteId).orElseThrow(() -> new NotFoundException("note.not-found", noteId));
        if (!note.isQuestion()) {
            throw new DomainException("note.not-a-question");
        }
        if (note.getAnsweredAt() == null) {
            // The note's scene is a lazy proxy here: loaded, it tells the change capture which episode's screens
            // (the board's count, the thread open in another editor) learn of the answer after the commit.
            Hibernate.initialize(note.getScene());
            note.answered(SecurityContextHolder.getContext().getAuthentication().getName(), Instant.now());
            notes.flush();
            events.publishEvent(new SceneChanged(note.getScene().getId(), ChangeKind.ANSWERED, null, null,
                    note.getBody()));
        }
        return note;
    }

    /** The open questions per scene of an episode (scenes without one left out), in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Map<Long, Long> openQuestionCounts(long episodeId) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : notes.openQuestionCounts(episodeId)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** An episode's open questions in scene order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<OpenQuestion> openQuestions(long episodeId) {
        return notes.openQuestions(episodeId);
    }

}
