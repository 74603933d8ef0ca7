package app.coulisse.dance.readiness;

import java.time.LocalDate;

/** A dancer marked out, as listed: the character, the dates (both included) and the optional reason. */
public record DancerOut(long id, long characterId, int castId, String name, LocalDate from, LocalDate to,
                        String reason) {

    /** Whether the dancer is out on a date. */
    public boolean covers(LocalDate date) {
        return within(date, from, to);
    }

    /** The one range rule of absences and covers in: both ends included. */
    static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
