package app.coulisse.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rehearsal balance and the warnings of decision record 030. */
class RehearsalPlanTest {

    private static final LocalDate SHOOT = LocalDate.of(2026, 9, 10);
    private static final RehearsalPlan.Number VEIL = new RehearsalPlan.Number(1, "The Veil", BigDecimal.valueOf(6));
    private static final RehearsalPlan.Number CLASS = new RehearsalPlan.Number(2, "Morning Class", BigDecimal.valueOf(2));

    private static final List<RehearsalPlan.Fitting> NO_FITTINGS = List.of();

    private static RehearsalPlan.Call call(long id, long number, LocalDate date, int hour, int minutes, Integer... cast) {
        return new RehearsalPlan.Call(id, number, date, LocalTime.of(hour, 0), minutes, false, Set.of(cast));
    }

    @Test
    void the_balance_counts_only_calls_before_the_first_shoot_day_and_a_short_number_is_flagged() {
        RehearsalPlan plan = RehearsalPlan.of(List.of(VEIL), List.of(
                call(1, 1, SHOOT.minusDays(2), 10, 180, 1),
                call(2, 1, SHOOT.minusDays(1), 10, 120, 1),
                call(3, 1, SHOOT.plusDays(1), 10, 180, 1)), NO_FITTINGS, Map.of(1L, SHOOT), Map.of(), 3);
        RehearsalPlan.Balance balance = plan.balances().getFirst();
        assertThat(balance.minutesNeeded()).isEqualTo(360);
        assertThat(balance.minutesCalledBefore()).isEqualTo(300);
        assertThat(balance.balanceMinutes()).isEqualTo(-60);
        assertThat(balance.isShort()).isTrue();
        assertThat(plan.warnings()).extracting(RehearsalPlan.Warning::rule).containsExactly(RehearsalPlan.Rule.SHOT_SHORT);
        assertThat(plan.shortNumbers()).containsExactly(1L);
    }

    @Test
    void a_number_with_its_hours_or_not_yet_on_the_board_is_not_flagged() {
        RehearsalPlan plan = RehearsalPlan.of(List.of(VEIL, CLASS), List.of(
                call(1, 1, SHOOT.minusDays(3), 10, 180, 1), call(2, 1, SHOOT.minusDays(2), 10, 180, 1)),
                NO_FITTINGS, Map.of(1L, SHOOT), Map.of(), 3);
        assertThat(plan.balances()).noneMatch(RehearsalPlan.Balance::isShort);
        assertThat(plan.balances().get(1).firstShootDay()).isNull();
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void a_dancer_in_two_calls_at_once_is_double_booked() {
        RehearsalPlan plan = RehearsalPlan.of(List.of(), List.of(
                call(1, 1, SHOOT.minusDays(5), 10, 120, 1, 2),
                call(2, 2, SHOOT.minusDays(5), 11, 60, 2)), NO_FITTINGS, Map.of(), Map.of(), 3);
        assertThat(plan.warnings()).extracting(RehearsalPlan.Warning::rule, RehearsalPlan.Warning::castId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RehearsalPlan.Rule.DOUBLE_BOOKED, 2));
    }

    @Test
    void back_to_back_calls_over_the_maximum_are_flagged_but_not_double_booked() {
        RehearsalPlan plan = RehearsalPlan.of(List.of(), List.of(
                call(1, 1, SHOOT.minusDays(5), 10, 120, 1),
                call(2, 2, SHOOT.minusDays(5), 12, 120, 1),
                call(3, 2, SHOOT.minusDays(6), 10, 180, 1)), NO_FITTINGS, Map.of(), Map.of(), 3);
        assertThat(plan.warnings()).extracting(RehearsalPlan.Warning::rule, RehearsalPlan.Warning::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RehearsalPlan.Rule.OVER_CONSECUTIVE_HOURS,
                        SHOOT.minusDays(5)));
    }

    @Test
    void the_maximum_is_a_setting() {
        List<RehearsalPlan.Call> calls = List.of(call(1, 1, SHOOT.minusDays(5), 10, 240, 1));
        assertThat(RehearsalPlan.of(List.of(), calls, NO_FITTINGS, Map.of(), Map.of(), 3).warnings()).hasSize(1);
        assertThat(RehearsalPlan.of(List.of(), calls, NO_FITTINGS, Map.of(), Map.of(), 4).warnings()).isEmpty();
    }

    @Test
    void a_rehearsal_on_a_day_the_dancer_shoots_is_flagged_unless_after_wrap() {
        RehearsalPlan.Call during = call(1, 1, SHOOT, 10, 60, 1);
        RehearsalPlan.Call afterWrap = new RehearsalPlan.Call(2, 1, SHOOT, LocalTime.of(20, 0), 60, true, Set.of(1));
        Map<Integer, Set<LocalDate>> shooting = Map.of(1, Set.of(SHOOT));
        assertThat(RehearsalPlan.of(List.of(), List.of(during), NO_FITTINGS, Map.of(), shooting, 3).warnings())
                .extracting(RehearsalPlan.Warning::rule).containsExactly(RehearsalPlan.Rule.ON_SHOOT_DAY);
        assertThat(RehearsalPlan.of(List.of(), List.of(afterWrap), NO_FITTINGS, Map.of(), shooting, 3).warnings()).isEmpty();
        RehearsalPlan.Call evening = call(3, 1, SHOOT, 17, 60, 1);
        assertThat(RehearsalPlan.of(List.of(), List.of(during, evening), NO_FITTINGS, Map.of(), shooting, 3).warnings())
                .as("two calls of one number on the dancer's shoot day: one line").hasSize(1);
    }

    private static RehearsalPlan.Fitting fitting(long id, int castId, LocalDate date, int hour, int minutes) {
        return new RehearsalPlan.Fitting(id, castId, date, LocalTime.of(hour, 0), minutes);
    }

    @Test
    void a_fitting_on_a_day_the_performer_shoots_is_flagged_and_the_day_before_is_not() {
        Map<Integer, Set<LocalDate>> shooting = Map.of(1, Set.of(SHOOT));
        assertThat(RehearsalPlan.of(List.of(), List.of(), List.of(fitting(1, 1, SHOOT, 19, 60)), Map.of(), shooting, 3)
                .warnings()).extracting(RehearsalPlan.Warning::rule, RehearsalPlan.Warning::castId,
                        RehearsalPlan.Warning::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RehearsalPlan.Rule.FITTING_ON_SHOOT_DAY, 1, SHOOT));
        assertThat(RehearsalPlan.of(List.of(), List.of(), List.of(fitting(1, 1, SHOOT.minusDays(1), 10, 60)),
                Map.of(), shooting, 3).warnings()).isEmpty();
    }

    @Test
    void a_fitting_at_the_same_time_as_a_rehearsal_or_another_fitting_is_flagged_once_but_touching_is_not() {
        LocalDate day = SHOOT.minusDays(4);
        RehearsalPlan overRehearsal = RehearsalPlan.of(List.of(), List.of(call(1, 1, day, 10, 120, 1, 2)),
                List.of(fitting(1, 2, day, 11, 60)), Map.of(), Map.of(), 3);
        assertThat(overRehearsal.warnings()).extracting(RehearsalPlan.Warning::rule, RehearsalPlan.Warning::castId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RehearsalPlan.Rule.FITTING_OVERLAP, 2));
        RehearsalPlan twoFittings = RehearsalPlan.of(List.of(), List.of(),
                List.of(fitting(1, 3, day, 9, 90), fitting(2, 3, day, 10, 60)), Map.of(), Map.of(), 3);
        assertThat(twoFittings.warnings()).extracting(RehearsalPlan.Warning::rule)
                .containsExactly(RehearsalPlan.Rule.FITTING_OVERLAP);
        RehearsalPlan touching = RehearsalPlan.of(List.of(), List.of(call(1, 1, day, 10, 120, 2)),
                List.of(fitting(1, 2, day, 12, 60), fitting(2, 3, day, 10, 60)), Map.of(), Map.of(), 3);
        assertThat(touching.warnings()).as("a fitting right after the rehearsal, or someone else's at the same time")
                .isEmpty();
    }

    @Test
    void pointe_shoes_are_shoes_per_dancer_times_principals_and_ensemble_summed_for_the_season() {
        ShoeCount count = ShoeCount.of(List.of(
                new ShoeCount.Number(1, "The Veil", 30, List.of(new ShoeCount.Dancer(1, "CHEYENNE"),
                        new ShoeCount.Dancer(2, "GAEL")), 21, "tulle veils"),
                new ShoeCount.Number(2, "Morning Class", 2, List.of(new ShoeCount.Dancer(1, "CHEYENNE")), 8, "")));
        assertThat(count.numbers()).extracting(ShoeCount.NumberLine::pairs).containsExactly(30 * 23, 2 * 9);
        assertThat(count.total()).isEqualTo(690 + 18);
        assertThat(count.dancers()).extracting(ShoeCount.DancerLine::castId, ShoeCount.DancerLine::pairs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 32), org.assertj.core.groups.Tuple.tuple(2, 30));
        assertThat(count.numbers().getFirst().costumeNotes()).isEqualTo("tulle veils");
    }
}
