package app.coulisse.outline.ui;

/**
 * A screen showing one episode that can show it again when someone else changed it (board, one-liner, reports):
 * the live room calls {@link #showAgain} after a committed change, keeping the viewer's filters and dialogs.
 */
public interface EpisodeScreen {

    /** The episode shown, or -1 when none is. */
    long shownEpisodeId();

    /** Reads the episode again and shows it. */
    void showAgain();
}
