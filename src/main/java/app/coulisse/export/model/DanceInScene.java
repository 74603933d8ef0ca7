package app.coulisse.export.model;

/** A dance number (or an excerpt of it) performed in a scene; the note may be empty. */
public record DanceInScene(long danceNumberId, String note) {
}
