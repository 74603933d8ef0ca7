package app.coulisse.schedule;

import app.coulisse.core.DomainException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * A rehearsal call as a form or the demo writes it; the dancers are character ids (empty: the number's own
 * dancers); the unit it is at by id (null: the season's first unit).
 */
public record CallDraft(LocalDate date, LocalTime start, int lengthMinutes, String studio, String choreographer,
                        boolean afterWrap, Set<Long> dancerIds, Long unitId) {

    /** The longest call accepted: 12 hours. */
    public static final int MAX_MINUTES = 12 * 60;

    public CallDraft {
        dancerIds = dancerIds == null ? Set.of() : Set.copyOf(dancerIds);
    }

    /** Refuses a call without a date or start, or of 0 h or over 12 h. */
    void check() {
        checkTime(date, start, lengthMinutes);
    }

    /** The rule every call keeps, rehearsal or fitting: a date, a start, more than 0 h and at most 12 h. */
    static void checkTime(LocalDate date, LocalTime start, int lengthMinutes) {
        if (date == null || start == null) {
            throw new DomainException("schedule.call.when-required");
        }
        if (lengthMinutes <= 0 || lengthMinutes > MAX_MINUTES) {
            throw new DomainException("schedule.call.length-range", MAX_MINUTES / 60);
        }
    }
}
