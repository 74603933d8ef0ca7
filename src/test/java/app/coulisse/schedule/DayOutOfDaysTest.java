package app.coulisse.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The DOOD rules of decision record 029, on plain dates. */
class DayOutOfDaysTest {

    private static final LocalDate D1 = LocalDate.of(2026, 9, 7);

    private static LocalDate day(int n) {
        return D1.plusDays(n - 1L);
    }

    private static List<LocalDate> everyDay(int days) {
        return IntStream.rangeClosed(1, days).mapToObj(DayOutOfDaysTest::day).toList();
    }

    private static DayOutOfDays.Row row(Set<LocalDate> work, Set<LocalDate> rehearsal, Set<LocalDate> fitting,
                                        Set<LocalDate> travel, int threshold, int days) {
        DayOutOfDays dood = DayOutOfDays.of(everyDay(days), List.of(new DayOutOfDays.Performer(1, "JACK", "A. Actor",
                new DayOutOfDays.Calls(work, rehearsal, fitting, travel))), threshold);
        return dood.rows().getFirst();
    }

    @Test
    void a_performer_in_one_day_only_is_start_work_finish() {
        DayOutOfDays.Row row = row(Set.of(day(3)), Set.of(), Set.of(), Set.of(), 10, 5);
        assertThat(row.on(day(3))).isEqualTo(DoodCode.SWF);
        assertThat(row.totals().work()).isEqualTo(1);
        assertThat(row.totals().start()).isEqualTo(day(3));
        assertThat(row.totals().finish()).isEqualTo(day(3));
        assertThat(row.on(day(1))).isNull();
        assertThat(row.on(day(5))).isNull();
    }

    @Test
    void the_first_work_day_starts_the_last_finishes_and_those_between_work() {
        DayOutOfDays.Row row = row(Set.of(day(1), day(2), day(3)), Set.of(), Set.of(), Set.of(), 10, 3);
        assertThat(List.of(row.on(day(1)), row.on(day(2)), row.on(day(3))))
                .containsExactly(DoodCode.SW, DoodCode.W, DoodCode.WF);
    }

    @Test
    void a_gap_as_long_as_the_threshold_is_held() {
        // Work on day 1 and day 12: 10 idle days, the threshold: held on every day between.
        DayOutOfDays.Row row = row(Set.of(day(1), day(12)), Set.of(), Set.of(), Set.of(), 10, 12);
        assertThat(IntStream.rangeClosed(2, 11).mapToObj(n -> row.on(day(n)))).containsOnly(DoodCode.H);
        assertThat(row.on(day(12))).isEqualTo(DoodCode.WF);
        assertThat(row.totals().hold()).isEqualTo(10);
        assertThat(row.totals().drop()).isZero();
    }

    @Test
    void a_gap_longer_than_the_threshold_drops_and_picks_up() {
        // Work on days 1, 13 and 14: 11 idle days, one more than the threshold.
        DayOutOfDays.Row row = row(Set.of(day(1), day(13), day(14)), Set.of(), Set.of(), Set.of(), 10, 14);
        assertThat(row.on(day(1))).isEqualTo(DoodCode.SW);
        assertThat(row.on(day(2))).isEqualTo(DoodCode.D);
        assertThat(IntStream.rangeClosed(3, 12).mapToObj(n -> row.on(day(n)))).containsOnlyNulls();
        assertThat(row.on(day(13))).isEqualTo(DoodCode.PW);
        assertThat(row.on(day(14))).isEqualTo(DoodCode.WF);
        assertThat(row.totals().hold()).isZero();
        assertThat(row.totals().drop()).isEqualTo(1);
    }

    @Test
    void the_threshold_is_a_setting() {
        DayOutOfDays.Row held = row(Set.of(day(1), day(5)), Set.of(), Set.of(), Set.of(), 3, 5);
        DayOutOfDays.Row dropped = row(Set.of(day(1), day(6)), Set.of(), Set.of(), Set.of(), 3, 6);
        assertThat(held.on(day(2))).isEqualTo(DoodCode.H);
        assertThat(dropped.on(day(2))).isEqualTo(DoodCode.D);
        assertThat(dropped.on(day(6))).isEqualTo(DoodCode.WF);
    }

    @Test
    void rehearsal_fitting_and_travel_days_take_their_codes_before_and_between_work() {
        DayOutOfDays.Row row = row(Set.of(day(4), day(7)), Set.of(day(1), day(5)), Set.of(day(2)), Set.of(day(3)),
                10, 7);
        assertThat(List.of(row.on(day(1)), row.on(day(2)), row.on(day(3)), row.on(day(4)), row.on(day(5)),
                row.on(day(6)), row.on(day(7))))
                .containsExactly(DoodCode.R, DoodCode.FT, DoodCode.TR, DoodCode.SW, DoodCode.R, DoodCode.H, DoodCode.WF);
        assertThat(row.totals().rehearsal()).isEqualTo(2);
        assertThat(row.totals().fitting()).isEqualTo(1);
        assertThat(row.totals().travel()).isEqualTo(1);
        assertThat(row.totals().hold()).isEqualTo(1);
        assertThat(row.totals().total()).isEqualTo(2 + 1 + 2 + 1 + 1);
        // Rehearsal does not start work: the first photography day does.
        assertThat(row.totals().start()).isEqualTo(day(4));
    }

    @Test
    void work_wins_over_a_rehearsal_the_same_day_and_rows_follow_cast_id_order() {
        DayOutOfDays dood = DayOutOfDays.of(everyDay(2), List.of(
                new DayOutOfDays.Performer(7, "B", "", new DayOutOfDays.Calls(Set.of(day(1)), Set.of(day(1)), Set.of(),
                        Set.of())),
                new DayOutOfDays.Performer(2, "A", "", new DayOutOfDays.Calls(Set.of(day(2)), Set.of(), Set.of(),
                        Set.of()))), 10);
        assertThat(dood.rows()).extracting(DayOutOfDays.Row::castId).containsExactly(2, 7);
        assertThat(dood.rows().get(1).on(day(1))).isEqualTo(DoodCode.SWF);
        assertThat(dood.rows().get(1).totals().rehearsal()).isZero();
    }

    @Test
    void eighty_performers_over_sixty_days_are_laid_out_in_memory_quickly() {
        List<DayOutOfDays.Performer> performers = IntStream.rangeClosed(1, 80).mapToObj(id -> new DayOutOfDays.Performer(
                id, "P" + id, "", new DayOutOfDays.Calls(Set.copyOf(IntStream.rangeClosed(1, 60)
                .filter(n -> (n + id) % 4 == 0).mapToObj(DayOutOfDaysTest::day).toList()), Set.of(day(1)), Set.of(),
                Set.of()))).toList();
        long start = System.nanoTime();
        DayOutOfDays dood = DayOutOfDays.of(everyDay(60), performers, 10);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Day out of days, 80 performers x 60 days, in memory: %d ms (first, cold run)%n", millis);
        assertThat(dood.rows()).hasSize(80);
        assertThat(dood.dates()).hasSize(60);
        assertThat(millis).isLessThan(1000);
    }
}
