package app.coulisse.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each dance number's rehearsal balance against its first shoot day, and the calls that break the rules:
 * a number shot before its hours are met, a dancer in two calls at once, a dancer rehearsing on a day they shoot
 * (unless called after wrap), a dancer over the longest consecutive rehearsal (decision record 030); a fitting on a
 * day the performer shoots or at the same time as another of their calls (record 045).
 */
public record RehearsalPlan(List<Balance> balances, List<Warning> warnings) {

    /** A dance number to plan: its hours needed (decimal, as the dance number gives them). */
    public record Number(long id, String title, BigDecimal hoursNeeded) {

        int minutesNeeded() {
            return hoursNeeded == null ? 0 : hoursNeeded.multiply(BigDecimal.valueOf(60)).intValue();
        }
    }

    /** A rehearsal call as the plan reads it; the dancers by cast ID. */
    public record Call(long id, long numberId, LocalDate date, LocalTime start, int minutes, boolean afterWrap,
                       Set<Integer> castIds) {

        public Call {
            castIds = Set.copyOf(castIds);
        }

        LocalTime end() {
            return start.plusMinutes(minutes);
        }

        /** Calls past midnight are not taken apart: the end is clamped to the day's last minute. */
        int endMinute() {
            return RehearsalPlan.endMinute(start, minutes);
        }

        int startMinute() {
            return start.toSecondOfDay() / 60;
        }
    }

    /** A fitting call as the plan reads it. */
    public record Fitting(long id, int castId, LocalDate date, LocalTime start, int minutes) {

        /** Whether it and a call of the same day share a minute (touching is not overlapping). */
        boolean overlaps(LocalTime otherStart, int otherMinutes) {
            return start.toSecondOfDay() / 60 < endMinute(otherStart, otherMinutes)
                    && otherStart.toSecondOfDay() / 60 < endMinute(start, minutes);
        }
    }

    /**
     * A number's hours: needed, called before its first shoot day (every call when it is not on the board), the
     * balance (called − needed) and whether it is shot short.
     */
    public record Balance(long numberId, String title, LocalDate firstShootDay, int minutesNeeded,
                          int minutesCalledBefore) {

        public int balanceMinutes() {
            return minutesCalledBefore - minutesNeeded;
        }

        /** Shot before its hours are met. */
        public boolean isShort() {
            return firstShootDay != null && minutesCalledBefore < minutesNeeded;
        }
    }

    /** The rules a plan can break. */
    public enum Rule {
        SHOT_SHORT, DOUBLE_BOOKED, ON_SHOOT_DAY, OVER_CONSECUTIVE_HOURS, FITTING_ON_SHOOT_DAY, FITTING_OVERLAP
    }

    /** One broken rule: which number (0 for a fitting), which dancer (0 for the whole number), which date. */
    public record Warning(Rule rule, long numberId, int castId, LocalDate date) {

        /** The translation key of its message. */
        public String messageKey() {
            return "schedule.warning." + rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Plans the numbers and checks the fittings: {@code firstShootDays} by number id, {@code shootDates} by cast
     * ID, at most {@code maxConsecutiveHours} of rehearsal in a row.
     */
    public static RehearsalPlan of(List<Number> numbers, List<Call> calls, List<Fitting> fittings,
                                   Map<Long, LocalDate> firstShootDays, Map<Integer, Set<LocalDate>> shootDates,
                                   int maxConsecutiveHours) {
        Map<Long, List<Call>> byNumber = calls.stream().collect(Collectors.groupingBy(Call::numberId));
        List<Balance> balances = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (Number number : numbers) {
            LocalDate first = firstShootDays.get(number.id());
            int called = byNumber.getOrDefault(number.id(), List.of()).stream()
                    .filter(call -> first == null || call.date().isBefore(first)).mapToInt(Call::minutes).sum();
            Balance balance = new Balance(number.id(), number.title(), first, number.minutesNeeded(), called);
            balances.add(balance);
            if (balance.isShort()) {
                warnings.add(new Warning(Rule.SHOT_SHORT, number.id(), 0, first));
            }
        }
        warnings.addAll(dancerWarnings(calls, shootDates, maxConsecutiveHours));
        warnings.addAll(fittingWarnings(fittings, calls, shootDates));
        // Two calls breaking one rule for one dancer on one date say the same thing: it is listed once.
        return new RehearsalPlan(balances, List.copyOf(new java.util.LinkedHashSet<>(warnings)));
    }

    /** The warnings about one number, for its row on the plan or its strips on the board. */
    public List<Warning> warningsOf(long numberId) {
        return warnings.stream().filter(warning -> warning.numberId() == numberId).toList();
    }

    /** The numbers shot before their hours are met. */
    public Set<Long> shortNumbers() {
        return balances.stream().filter(Balance::isShort).map(Balance::numberId).collect(Collectors.toSet());
    }

    /**
     * A fitting on a day the performer shoots (a fitting has no "after wrap"), and a fitting sharing a minute with
     * another fitting or a rehearsal of the same performer; each once per performer and date.
     */
    private static List<Warning> fittingWarnings(List<Fitting> fittings, List<Call> calls,
                                                 Map<Integer, Set<LocalDate>> shootDates) {
        Set<Warning> warnings = new java.util.LinkedHashSet<>();
        for (Fitting fitting : fittings) {
            if (shootDates.getOrDefault(fitting.castId(), Set.of()).contains(fitting.date())) {
                warnings.add(new Warning(Rule.FITTING_ON_SHOOT_DAY, 0, fitting.castId(), fitting.date()));
            }
            boolean overlaps = fittings.stream().anyMatch(other -> other.id() != fitting.id()
                    && other.castId() == fitting.castId() && other.date().equals(fitting.date())
                    && fitting.overlaps(other.start(), other.minutes()))
                    || calls.stream().anyMatch(call -> call.castIds().contains(fitting.castId())
                    && call.date().equals(fitting.date()) && fitting.overlaps(call.start(), call.minutes()));
            if (overlaps) {
                warnings.add(new Warning(Rule.FITTING_OVERLAP, 0, fitting.castId(), fitting.date()));
            }
        }
        return List.copyOf(warnings);
    }

    private static int endMinute(LocalTime start, int minutes) {
        return Math.min(start.toSecondOfDay() / 60 + minutes, 24 * 60);
    }

    private static List<Warning> dancerWarnings(List<Call> calls, Map<Integer, Set<LocalDate>> shootDates,
                                                int maxConsecutiveHours) {
        List<Warning> warnings = new ArrayList<>();
        Map<Integer, Map<LocalDate, List<Call>>> byDancerAndDate = new java.util.TreeMap<>();
        for (Call call : calls) {
            for (int castId : call.castIds()) {
                byDancerAndDate.computeIfAbsent(castId, id -> new java.util.TreeMap<>())
                        .computeIfAbsent(call.date(), date -> new ArrayList<>()).add(call);
            }
        }
        byDancerAndDate.forEach((castId, days) -> days.forEach((date, dayCalls) -> {
            for (Call call : dayCalls) {
                if (!call.afterWrap() && shootDates.getOrDefault(castId, Set.of()).contains(date)) {
                    warnings.add(new Warning(Rule.ON_SHOOT_DAY, call.numberId(), castId, date));
                }
            }
            List<Call> ordered = dayCalls.stream().sorted(Comparator.comparing(Call::start)).toList();
            int chainStart = -1;
            int chainEnd = -1;
            int chainMinutes = 0;
            boolean over = false;
            for (Call call : ordered) {
                if (chainEnd > call.startMinute()) {
                    warnings.add(new Warning(Rule.DOUBLE_BOOKED, call.numberId(), castId, date));
                }
                if (chainStart < 0 || call.startMinute() > chainEnd) {
                    chainStart = call.startMinute();
                    chainMinutes = 0;
                    over = false;
                }
                chainEnd = Math.max(chainEnd, call.endMinute());
                chainMinutes = chainEnd - chainStart;
                if (!over && chainMinutes > maxConsecutiveHours * 60) {
                    warnings.add(new Warning(Rule.OVER_CONSECUTIVE_HOURS, call.numberId(), castId, date));
                    over = true;
                }
            }
        }));
        return warnings;
    }
}
