package app.coulisse.live;

import java.time.Instant;

/**
 * A committed change to an episode's outline (or, {@link Kind#PRESENCE}, to who is on it): who made it and when.
 * {@code originUi} names the screen of this server that made it (it already shows the change), null otherwise.
 */
public record EpisodeChanged(Kind kind, long episodeId, String by, Instant at, String originUi) {

    /** What changed. */
    public enum Kind {
        /** The episode's acts, scenes, tags or notes, committed. */
        OUTLINE,
        /** Who is on the episode or has one of its scenes open. */
        PRESENCE
    }

    /** A committed change of the outline. */
    public static EpisodeChanged outline(long episodeId, String by, Instant at, String originUi) {
        return new EpisodeChanged(Kind.OUTLINE, episodeId, by, at, originUi);
    }

    /** The same notice as another server receives it: no screen of this server made it. */
    public EpisodeChanged fromElsewhere() {
        return new EpisodeChanged(kind, episodeId, by, at, null);
    }
}
