package app.coulisse.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Day Out of Days: performer (cast ID order) × date, computed in memory from the dates each performer works,
 * rehearses, is fitted and travels (the rules are in decision record 029).
 *
 * @param dates the columns: every date a unit shoots, rehearses or travels, or someone is called, in order
 * @param rows  one per performer, in cast ID order
 */
public record DayOutOfDays(List<LocalDate> dates, List<Row> rows) {

    /** What one performer does, by date. */
    public record Calls(Set<LocalDate> work, Set<LocalDate> rehearsal, Set<LocalDate> fitting, Set<LocalDate> travel) {

        public Calls {
            work = Set.copyOf(work);
            rehearsal = Set.copyOf(rehearsal);
            fitting = Set.copyOf(fitting);
            travel = Set.copyOf(travel);
        }
    }

    /** A performer to lay out, by cast ID. */
    public record Performer(int castId, String name, String performer, Calls calls) {
    }

    /** A performer's line: the code of each date (absent when nothing) and the totals. */
    public record Row(int castId, String name, String performer, Map<LocalDate, DoodCode> codes, Totals totals) {

        /** The code on a date, or null when the performer is not called. */
        public DoodCode on(LocalDate date) {
            return codes.get(date);
        }
    }

    /** Per performer: days worked, held, dropped, rehearsing, in fittings and travelling; start and finish. */
    public record Totals(int work, int hold, int drop, int rehearsal, int fitting, int travel, LocalDate start,
                         LocalDate finish) {

        /** Work, hold, rehearsal, fitting and travel days: the days the performer is paid for. */
        public int total() {
            return work + hold + rehearsal + fitting + travel;
        }
    }

    /**
     * Lays out every performer over the dates: {@code dropPickupMinDays} is the longest idle gap (in calendar days)
     * a performer is held over; a longer gap drops them and picks them up again.
     */
    public static DayOutOfDays of(Collection<LocalDate> companyDates, List<Performer> performers, int dropPickupMinDays) {
        TreeSet<LocalDate> dates = new TreeSet<>(companyDates);
        performers.forEach(p -> {
            dates.addAll(p.calls().work());
            dates.addAll(p.calls().rehearsal());
            dates.addAll(p.calls().fitting());
            dates.addAll(p.calls().travel());
        });
        List<LocalDate> columns = List.copyOf(dates);
        List<Row> rows = performers.stream()
                .sorted(Comparator.comparingInt(Performer::castId))
                .map(p -> row(p, columns, dropPickupMinDays)).toList();
        return new DayOutOfDays(columns, rows);
    }

    private static Row row(Performer performer, List<LocalDate> columns, int dropPickupMinDays) {
        Calls calls = performer.calls();
        Map<LocalDate, DoodCode> codes = new LinkedHashMap<>();
        List<LocalDate> work = new ArrayList<>(new TreeSet<>(calls.work()));
        for (LocalDate date : columns) {
            DoodCode event = event(calls, date);
            if (event != null) {
                codes.put(date, event);
            }
        }
        for (int i = 0; i < work.size(); i++) {
            LocalDate date = work.get(i);
            boolean first = i == 0;
            boolean last = i == work.size() - 1;
            boolean pickedUp = !first && idleDays(work.get(i - 1), date) > dropPickupMinDays;
            codes.put(date, first && last ? DoodCode.SWF : first ? DoodCode.SW : last ? DoodCode.WF
                    : pickedUp ? DoodCode.PW : DoodCode.W);
            if (!first) {
                fillGap(codes, columns, work.get(i - 1), date, pickedUp);
            }
        }
        return new Row(performer.castId(), performer.name(), performer.performer(), sortedByDate(codes),
                totals(codes, work));
    }

    /** Travel, rehearsal and fitting are events on the date; travel first, as it takes the day. */
    private static DoodCode event(Calls calls, LocalDate date) {
        if (calls.travel().contains(date)) {
            return DoodCode.TR;
        }
        if (calls.rehearsal().contains(date)) {
            return DoodCode.R;
        }
        return calls.fitting().contains(date) ? DoodCode.FT : null;
    }

    /** Between two work days: held on every free date, or dropped (D on the first free date) and picked up. */
    private static void fillGap(Map<LocalDate, DoodCode> codes, List<LocalDate> columns, LocalDate from, LocalDate to,
                                boolean dropped) {
        boolean firstFree = true;
        for (LocalDate date : columns) {
            if (!date.isAfter(from) || !date.isBefore(to)) {
                continue;
            }
            if (codes.containsKey(date)) {
                continue;
            }
            if (!dropped) {
                codes.put(date, DoodCode.H);
            } else if (firstFree) {
                codes.put(date, DoodCode.D);
                firstFree = false;
            }
        }
    }

    static long idleDays(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) - 1;
    }

    private static Map<LocalDate, DoodCode> sortedByDate(Map<LocalDate, DoodCode> codes) {
        Map<LocalDate, DoodCode> sorted = new LinkedHashMap<>();
        new TreeSet<>(codes.keySet()).forEach(date -> sorted.put(date, codes.get(date)));
        return sorted;
    }

    private static Totals totals(Map<LocalDate, DoodCode> codes, List<LocalDate> work) {
        Map<DoodCode, Integer> counts = new EnumMap<>(DoodCode.class);
        codes.values().forEach(code -> counts.merge(code, 1, Integer::sum));
        return new Totals(work.size(), counts.getOrDefault(DoodCode.H, 0), counts.getOrDefault(DoodCode.D, 0),
                counts.getOrDefault(DoodCode.R, 0), counts.getOrDefault(DoodCode.FT, 0),
                counts.getOrDefault(DoodCode.TR, 0), work.isEmpty() ? null : work.getFirst(),
                work.isEmpty() ? null : work.getLast());
    }
}
