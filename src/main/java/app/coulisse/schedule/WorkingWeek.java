package app.coulisse.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A unit's working week and holidays, and the days it gives from a start date. */
public final class WorkingWeek {

    private WorkingWeek() {
    }

    static DayOfWeek parse(String text) {
        String day = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek candidate : DayOfWeek.values()) {
            if (candidate.name().startsWith(day)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(text);
    }

    static String format(Collection<DayOfWeek> week) {
        return week.stream().sorted().map(day -> day.name().substring(0, 3)).collect(Collectors.joining(","));
    }

    /** A planned date and its type: a working day shoots, a holiday on a working day is marked as one. */
    public record PlannedDate(LocalDate date, DayType type) {
    }

    /**
     * From {@code start}, the dates of {@code shootDays} working days, skipping days off and dates already taken;
     * a holiday that falls on a working day is listed as a holiday (not counted as a shoot day).
     */
    public static List<PlannedDate> plan(LocalDate start, int shootDays, Set<DayOfWeek> week, Set<LocalDate> holidays,
                                         Set<LocalDate> taken) {
        List<PlannedDate> planned = new ArrayList<>();
        if (week.isEmpty()) {
            return planned;
        }
        LocalDate date = start;
        int shoot = 0;
        while (shoot < shootDays) {
            if (week.contains(date.getDayOfWeek()) && !taken.contains(date)) {
                if (holidays.contains(date)) {
                    planned.add(new PlannedDate(date, DayType.HOLIDAY));
                } else {
                    planned.add(new PlannedDate(date, DayType.SHOOT));
                    shoot++;
                }
            }
            date = date.plusDays(1);
        }
        return planned;
    }
}
