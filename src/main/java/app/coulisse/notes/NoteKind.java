package app.coulisse.notes;

/** What happened in a scene's thread, as the scene's history records it: a note or a question written, an answer. */
enum NoteKind {
    NOTE, QUESTION, ANSWERED
}
