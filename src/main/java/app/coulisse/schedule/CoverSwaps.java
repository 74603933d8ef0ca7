package app.coulisse.schedule;

import app.coulisse.dance.readiness.CoverInLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The covers standing in, applied where the plan reads who works: on a date inside an absence, in a scene or call
 * of the part's number, the dancer who is out gives their place to the cover (record 054).
 */
record CoverSwaps(List<CoverInLine> active) {

    CoverSwaps {
        active = List.copyOf(active);
    }

    /** The cast ids of a scene or call of {@code numberIds} on {@code date}, covers in for those out. */
    List<Integer> apply(Collection<Integer> castIds, Collection<Long> numberIds, LocalDate date) {
        List<Integer> cast = new ArrayList<>(castIds);
        for (CoverInLine in : active) {
            if (in.covers(date) && numberIds.contains(in.danceNumberId()) && cast.remove((Integer) in.outCastId())
                    && !cast.contains(in.coverCastId())) {
                cast.add(in.coverCastId());
            }
        }
        return cast;
    }
}
