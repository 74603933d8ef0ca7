package app.coulisse.dance.readiness;

import java.time.Instant;
import java.time.LocalDate;

/** An absence removed as entered by mistake, as its history lists it: the dancer, the dates, who removed it and when. */
public record RemovedOut(long id, int castId, String name, LocalDate from, LocalDate to, String removedBy,
                         Instant removedAt) {
}
