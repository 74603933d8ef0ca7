package app.coulisse.schedule;

import app.coulisse.core.DomainException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * A rehearsal call as a form or the demo writes it; the dancers are character ids (empty: the number's own
 * dancers).
 */
public record CallDraft(LocalDate date, LocalTime start, int lengthMinutes, String studio, String choreographer,
                        boolean afterWrap, Set<Long> dancerIds) {

    /** The longest call accepted: 12 hours. */
    public static final int MAX_MINUTES = 12 * 60;

    public CallDraft {
        dancerIds = dancerIds == null ? Set.of() : Set.copyOf(dancerIds);
    }

    /** Refuses a call without a date or start, or of 0 h or over 12 h. */
    void check() {
        if (date == null || start == null) {
            throw new DomainException("schedule.call.when-required");
        }
        if (lengthMinutes <= 0 || lengthMinutes > MAX_MINUTES) {
            throw new DomainException("schedule.call.length-range", MAX_MINUTES / 60);
        }
    }
}
