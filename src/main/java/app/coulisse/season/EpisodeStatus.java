package app.coulisse.season;

/** Where an episode's script stands, in the order the room moves it along. */
public enum EpisodeStatus {
    OUTLINE, BEAT_SHEET, DRAFT, REVISIONS, LOCKED
}
