package app.coulisse.schedule;

import app.coulisse.dance.NoGoReason;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Go or no go for each dance number on each shoot day it is on the board, with the reasons (record 054). */
public record SeasonReadiness(int seasonNumber, List<NumberDay> numberDays) {

    public SeasonReadiness {
        numberDays = List.copyOf(numberDays);
    }

    /** A number on a shoot day: go when no rule gives a reason. */
    public record NumberDay(long danceNumberId, String title, LocalDate date, List<NoGoReason> reasons) {

        public NumberDay {
            reasons = List.copyOf(reasons);
        }

        public boolean go() {
            return reasons.isEmpty();
        }
    }

    /** A number on a day, if it is shot that day. */
    public Optional<NumberDay> of(long danceNumberId, LocalDate date) {
        return numberDays.stream().filter(d -> d.danceNumberId() == danceNumberId && d.date().equals(date)).findFirst();
    }

    /** A number's shoot days in date order. */
    public List<NumberDay> ofNumber(long danceNumberId) {
        return numberDays.stream().filter(d -> d.danceNumberId() == danceNumberId).toList();
    }

    /** The numbers that are no go, per date: what the board marks on a day and its strips. */
    public Map<LocalDate, List<NumberDay>> noGoByDate() {
        return numberDays.stream().filter(d -> !d.go())
                .collect(Collectors.groupingBy(NumberDay::date, Collectors.toList()));
    }
}
