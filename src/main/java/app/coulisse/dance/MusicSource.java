package app.coulisse.dance;

/** Where the music comes from on the shooting day, which decides who must be on set. */
public enum MusicSource {
    LIVE, PLAYBACK, CLICK_TRACK
}
