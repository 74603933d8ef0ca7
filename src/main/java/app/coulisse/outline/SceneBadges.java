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

    /** Whether the badge carries a fill of its own per scene ({@link #fills}), such as a revision colour. */
    default boolean filled() {
        return false;
    }

    /** The badge's fill ({@code #C6EDFE}) by scene id, for a {@link #filled()} badge; read once per episode. */
    default Map<Long, String> fills(long episodeId) {
        return Map.of();
    }
}
