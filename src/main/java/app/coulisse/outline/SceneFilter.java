package app.coulisse.outline;

import java.util.Set;

/**
 * A filter another feature offers on the board and the one-liner (the scenes changed in the current revision), so
 * the outline does not depend on it. Read for a whole episode at once.
 */
public interface SceneFilter {

    /** Translation key of the filter's check box. */
    String labelKey();

    /** Id of the check box, for tests and browser journeys. */
    String id();

    /** The scenes of the episode the filter keeps. */
    Set<Long> matching(long episodeId);
}
