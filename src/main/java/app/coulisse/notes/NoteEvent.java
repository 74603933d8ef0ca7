package app.coulisse.notes;

import java.time.Instant;

/**
 * One event of a scene's thread as the scene's history shows it: a note or a question written, a question
 * answered. Ordered by time, so the history can merge them with the scene's other changes.
 */
public record NoteEvent(Instant at, String by, Kind kind, String text) {

    /** What happened in the thread. */
    public enum Kind {
        NOTE, QUESTION, ANSWERED
    }
}
