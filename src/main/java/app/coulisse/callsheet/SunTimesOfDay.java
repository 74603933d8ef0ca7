package app.coulisse.callsheet;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.shredzone.commons.suncalc.SunTimes;

/**
 * Sunrise and sunset at a position on a date, in the unit's zone, from commons-suncalc; either is null where the sun
 * does not rise or set that day (polar day or night).
 */
record SunTimesOfDay(LocalTime sunrise, LocalTime sunset) {

    static SunTimesOfDay at(double latitude, double longitude, LocalDate date, ZoneId zone) {
        SunTimes times = SunTimes.compute().on(date.atStartOfDay(zone)).at(latitude, longitude).timezone(zone)
                .oneDay().execute();
        return new SunTimesOfDay(local(times.getRise()), local(times.getSet()));
    }

    private static LocalTime local(ZonedDateTime time) {
        return time == null ? null : time.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    }
}
