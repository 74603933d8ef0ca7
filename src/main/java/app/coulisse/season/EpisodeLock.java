package app.coulisse.season;

import app.coulisse.core.DomainException;
import app.coulisse.security.CurrentUser;

/**
 * The one rule of a {@link EpisodeStatus#LOCKED} episode: it is read-only for writers; the showrunner may still
 * change it and reopen it (set another status). {@link EpisodeLockGuard} applies it to every service method that
 * writes into an episode ({@link EpisodeWrite}); the screens only mirror what the services refuse.
 */
public final class EpisodeLock {

    private static final CurrentUser CURRENT_USER = new CurrentUser();

    private EpisodeLock() {
    }

    /** Whether a user (showrunner or not) may change the episode's outline, tags and details. */
    public static boolean allowsChanges(Episode episode, boolean showrunner) {
        return episode.getStatus() != EpisodeStatus.LOCKED || showrunner;
    }

    /** Whether the logged-in user may change the episode. */
    public static boolean allowsChanges(Episode episode) {
        return allowsChanges(episode, CURRENT_USER.isShowrunner());
    }

    /** Whether the lock can refuse the logged-in user anything: it binds everyone but the showrunner. */
    public static boolean bindsCurrentUser() {
        return !CURRENT_USER.isShowrunner();
    }

    /** Refuses ("episode.locked") when the logged-in user may not change the episode. */
    public static void requireChangeable(Episode episode) {
        if (!allowsChanges(episode)) {
            throw new DomainException("episode.locked", episode.getNumber());
        }
    }
}
