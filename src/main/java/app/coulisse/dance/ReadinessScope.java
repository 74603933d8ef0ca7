package app.coulisse.dance;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What readiness is asked about: a season's dance numbers, and for each shoot or rehearsal day the dancers
 * (character ids) called that day.
 */
public record ReadinessScope(long seasonId, Set<Long> danceNumberIds, Map<LocalDate, Set<Long>> dancersCalled) {

    public ReadinessScope {
        danceNumberIds = Set.copyOf(danceNumberIds);
        dancersCalled = Map.copyOf(dancersCalled);
    }

    /** The dancers called on a day; none when nobody is. */
    public Set<Long> dancersCalledOn(LocalDate day) {
        return dancersCalled.getOrDefault(day, Set.of());
    }
}
