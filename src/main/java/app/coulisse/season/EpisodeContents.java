package app.coulisse.season;

import java.util.Map;

/**
 * What the episodes hold, counted by the feature that owns the scenes (the outline), so the
 * season never reads scenes itself and does not depend on the outline.
 */
public interface EpisodeContents {

    /** Scenes and eighths of one episode's non-omitted scenes. */
    record Counts(long scenes, long eighths) {

        /** An episode without scenes. */
        public static final Counts NONE = new Counts(0, 0);
    }

    /** The counts of every episode of the series that has non-omitted scenes, by episode id, in one statement. */
    Map<Long, Counts> countsBySeries(Series series);

    /** How many scenes an episode holds, omitted ones included. */
    long sceneCount(Episode episode);
}
