package app.coulisse.outline;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Something another feature shows on every scene of the board and the one-liner (cast IDs, dance
 * numbers). Read for a whole episode at once, so a board costs one query per kind of badge.
 */
public interface SceneBadges {

    /** Translation key of the one-liner column and of the badge's tooltip. */
    String headerKey();

    /** CSS class of the badge on a board card. */
    String styleName();

    /** The badge text by scene id; scenes without a badge are left out. */
    Map<Long, String> forEpisode(long episodeId);

    /**
     * Whether the badge is also a one-liner column; a badge about the board's cards (who has one open) is not. A
     * {@link #filled()} badge's column shows once a scene of the episode carries it.
     */
    default boolean onOneLiner() {
        return true;
    }

    /** A badge's text with its own fill ({@code #C6EDFE}). */
    record Filled(String text, String fill) {
    }

    /** Whether the badge carries a fill of its own per scene ({@link #filledForEpisode}), such as a revision colour. */
    default boolean filled() {
        return false;
    }

    /**
     * For a {@link #filled()} badge, text (in the reader's language, as a revision colour's name is) and fill by
     * scene id, read once instead of {@link #forEpisode}.
     */
    default Map<Long, Filled> filledForEpisode(long episodeId, Locale locale) {
        Map<Long, Filled> filled = new HashMap<>();
        forEpisode(episodeId).forEach((sceneId, text) -> filled.put(sceneId, new Filled(text, null)));
        return filled;
    }
}
