package app.coulisse.season.ui;

/**
 * Opens an episode from the season overview. The outline, built on the season, provides it (its board), so the
 * overview never depends on the outline.
 */
public interface EpisodeOpener {

    /** Shows the episode's working screen. */
    void open(long episodeId);
}
