package app.coulisse.dance.readiness;

import app.coulisse.core.SeededName;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A cover put in a part of a number for the days its dancer is out, with who did it and when, and who undid it
 * (null while it stands).
 */
public record CoverInLine(long id, long unavailabilityId, long partId, String partName, String partSeedKey,
                          long danceNumberId,
                          long outCharacterId, int outCastId, long coverCharacterId, int coverCastId, String coverName,
                          LocalDate from, LocalDate to, String putInBy, Instant putInAt, String undoneBy,
                          Instant undoneAt) {

    /** The part's name as a message argument: a seeded part's in the reader's language. */
    public SeededName.Text part() {
        return PartLine.text(partName, partSeedKey);
    }

    /** Whether the cover stands in on a date. */
    public boolean covers(LocalDate date) {
        return undoneAt == null && DancerOut.within(date, from, to);
    }
}
