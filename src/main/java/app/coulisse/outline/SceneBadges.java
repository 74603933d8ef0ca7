package app.coulisse.outline;

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
}
