package app.coulisse.dance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each condition of the rights, music, costume and pointe-shoe rules fails alone, on facts already loaded. */
class ReadinessRulesTest {

    private static final long NUMBER = 7;
    private static final LocalDate DAY = LocalDate.of(2026, 9, 7);

    private static List<String> keys(List<NoGoReason> reasons) {
        return reasons.stream().map(NoGoReason::messageKey).toList();
    }

    @Nested
    class Rights {

        private List<NoGoReason> reasons(RightsStatus status, LocalDate start, LocalDate end) {
            return new RightsReadinessRule.Loaded(Map.of(NUMBER, new RightsReadinessRule.Terms(NUMBER, status, start, end)))
                    .reasons(NUMBER, DAY);
        }

        @Test
        void an_approved_licence_in_term_is_ready() {
            assertThat(reasons(RightsStatus.APPROVED, DAY, DAY)).isEmpty();
            assertThat(reasons(RightsStatus.APPROVED, null, null)).isEmpty();
        }

        @Test
        void a_licence_not_approved_is_not_ready_whatever_its_term() {
            assertThat(keys(reasons(RightsStatus.REQUESTED, null, null))).containsExactly("readiness.rights.REQUESTED");
            assertThat(keys(reasons(RightsStatus.NEGOTIATING, null, null))).containsExactly("readiness.rights.NEGOTIATING");
            assertThat(keys(reasons(RightsStatus.REFUSED, null, null))).containsExactly("readiness.rights.REFUSED");
        }

        @Test
        void an_approved_licence_is_not_ready_before_its_term_starts_or_after_it_ends() {
            assertThat(reasons(RightsStatus.APPROVED, DAY.plusDays(1), null))
                    .containsExactly(NoGoReason.of("readiness.rights.before-term", DAY.plusDays(1)));
            assertThat(reasons(RightsStatus.APPROVED, null, DAY.minusDays(1)))
                    .containsExactly(NoGoReason.of("readiness.rights.after-term", DAY.minusDays(1)));
        }

        @Test
        void the_productions_own_choreography_needs_no_licence() {
            assertThat(reasons(null, null, null)).isEmpty();
            assertThat(new RightsReadinessRule.Loaded(Map.of()).reasons(NUMBER, DAY)).isEmpty();
        }
    }

    @Nested
    class Music {

        private List<String> reasons(MusicSource source, ClearanceStatus sync, ClearanceStatus master, boolean ours) {
            return keys(new MusicReadinessRule.Loaded(Map.of(NUMBER, new MusicReadinessRule.Music(NUMBER, source, sync,
                    master, ours))).reasons(NUMBER, DAY));
        }

        @Test
        void a_playback_needs_the_sync_and_the_master_each_on_its_own() {
            assertThat(reasons(MusicSource.PLAYBACK, ClearanceStatus.CLEARED, ClearanceStatus.CLEARED, false)).isEmpty();
            assertThat(reasons(MusicSource.PLAYBACK, ClearanceStatus.PENDING, ClearanceStatus.CLEARED, false))
                    .containsExactly("readiness.music.sync");
            assertThat(reasons(MusicSource.PLAYBACK, ClearanceStatus.CLEARED, ClearanceStatus.REFUSED, false))
                    .containsExactly("readiness.music.master");
            assertThat(reasons(MusicSource.CLICK_TRACK, ClearanceStatus.NOT_REQUIRED, ClearanceStatus.PENDING, false))
                    .containsExactly("readiness.music.master");
        }

        @Test
        void a_live_orchestra_or_the_productions_own_recording_needs_the_sync_alone() {
            assertThat(reasons(MusicSource.LIVE, ClearanceStatus.NOT_REQUIRED, ClearanceStatus.PENDING, false)).isEmpty();
            assertThat(reasons(MusicSource.LIVE, ClearanceStatus.PENDING, ClearanceStatus.CLEARED, false))
                    .containsExactly("readiness.music.sync");
            assertThat(reasons(MusicSource.PLAYBACK, ClearanceStatus.CLEARED, ClearanceStatus.PENDING, true)).isEmpty();
        }

        @Test
        void clearances_never_entered_are_named_as_such_not_as_refused() {
            assertThat(reasons(MusicSource.PLAYBACK, null, null, false))
                    .containsExactly("readiness.music.clearances-not-entered");
            assertThat(reasons(MusicSource.LIVE, null, null, false))
                    .containsExactly("readiness.music.clearances-not-entered");
        }

        @Test
        void a_number_with_no_music_entered_at_all_is_not_ready_and_says_so_once() {
            assertThat(reasons(null, null, null, false)).containsExactly("readiness.music.not-entered");
        }

        @Test
        void a_number_whose_music_source_is_not_set_is_not_ready() {
            assertThat(reasons(null, ClearanceStatus.CLEARED, ClearanceStatus.CLEARED, false))
                    .containsExactly("readiness.music.source-unknown");
        }
    }

    @Nested
    class Costumes {

        @Test
        void a_piece_not_fully_built_is_named_with_its_count() {
            var loaded = new CostumeReadinessRule.Loaded(Map.of(NUMBER, List.of(
                    new CostumeReadinessRule.Unbuilt(NUMBER, "Swan tutu", 12, 19, DAY))));
            assertThat(loaded.reasons(NUMBER, DAY))
                    .containsExactly(NoGoReason.of("readiness.costume.not-built", "Swan tutu", 12, 19));
            assertThat(loaded.reasons(NUMBER + 1, DAY)).isEmpty();
        }

        @Test
        void a_piece_short_on_a_day_before_its_due_date_is_late_for_that_day_and_says_when_it_is_due() {
            var loaded = new CostumeReadinessRule.Loaded(Map.of(NUMBER, List.of(
                    new CostumeReadinessRule.Unbuilt(NUMBER, "Swan tutu", 12, 19, DAY.plusDays(3)))));
            assertThat(loaded.reasons(NUMBER, DAY)).containsExactly(
                    NoGoReason.of("readiness.costume.late", "Swan tutu", 12, 19, DAY.plusDays(3)));
            assertThat(loaded.reasons(NUMBER, DAY.plusDays(3)))
                    .containsExactly(NoGoReason.of("readiness.costume.not-built", "Swan tutu", 12, 19));
        }

        @Test
        void a_piece_is_late_only_while_short_and_due_after_the_day_that_needs_it() {
            CostumePiece piece = new CostumePiece(null);
            piece.setQuantity(19);
            piece.setBuilt(12);
            piece.setDueDate(DAY.plusDays(1));
            assertThat(piece.isLateFor(DAY)).isTrue();
            assertThat(piece.isLateFor(DAY.plusDays(1))).isFalse();
            assertThat(piece.isLateFor(null)).isFalse();
            piece.setBuilt(19);
            assertThat(piece.isLateFor(DAY)).isFalse();
            piece.setBuilt(12);
            piece.setDueDate(null);
            assertThat(piece.isLateFor(DAY)).isFalse();
        }
    }

    @Nested
    class PointeShoes {

        private List<NoGoReason> reasons(Integer perDancer, long principals, int ensemble, Integer received) {
            return new PointeShoeReadinessRule.Loaded(Map.of(NUMBER, new PointeShoeReadinessRule.Pairs(NUMBER, perDancer,
                    principals, ensemble, received))).reasons(NUMBER, DAY);
        }

        @Test
        void fewer_pairs_received_than_needed_is_not_ready() {
            assertThat(reasons(30, 2, 21, 689)).containsExactly(NoGoReason.of("readiness.shoes.short", 689, 690));
            assertThat(reasons(30, 2, 21, null)).containsExactly(NoGoReason.of("readiness.shoes.short", 0, 690));
        }

        @Test
        void enough_pairs_or_none_needed_is_ready() {
            assertThat(reasons(30, 2, 21, 690)).isEmpty();
            assertThat(reasons(null, 2, 21, null)).isEmpty();
        }
    }
}
