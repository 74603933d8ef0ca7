package app.coulisse.export.model;

/** How the music of a dance number is played on set. */
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
