package app.coulisse.schedule;

import java.time.LocalTime;
import java.util.Map;

/**
 * The performers' call times as published on each shoot day's call sheet, supplied by the feature above the schedule
 * that publishes them (record 048: going up is an extension point), so a performer's calendar carries them.
 */
public interface PublishedCallTimes {

    /** By shoot day id, each performer's (cast ID) published call; days never published are absent. */
    Map<Long, Map<Integer, LocalTime>> of(int seasonNumber);
}
