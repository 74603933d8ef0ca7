package app.coulisse.dance;

/** Where the music comes from on the shooting day, which decides who must be on set. */
public enum MusicSource {
    LIVE("LIVE"), PLAYBACK("PLAYBACK"), CLICK_TRACK("CLICK TRACK");

    private final String label;

    MusicSource(String label) {
        this.label = label;
    }

    /** The name the production office writes, e.g. {@code CLICK TRACK}. */
    public String label() {
        return label;
    }
}
