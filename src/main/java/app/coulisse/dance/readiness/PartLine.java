package app.coulisse.dance.readiness;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A part as screens and rules read it: its first cast (null for an ensemble), its covers in order and who is
 * signed off as ready in it (character id to the sign-off).
 */
public record PartLine(long id, long version, long danceNumberId, String name, int dancerCount, Long firstCastId,
                       List<Long> coverIds, Map<Long, SignOff> ready) {

    public PartLine {
        coverIds = List.copyOf(coverIds);
        ready = Map.copyOf(ready);
    }

    /** Who signed a dancer off as ready, and when. */
    public record SignOff(String by, Instant at) {
    }

    /** The part's dancers in the order they are proposed: first cast, then the covers. */
    public List<Long> castList() {
        return firstCastId == null ? coverIds
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(firstCastId), coverIds.stream()).toList();
    }

    /** Whether a dancer is signed off as ready in this part. */
    public boolean isReady(long characterId) {
        return ready.containsKey(characterId);
    }
}
