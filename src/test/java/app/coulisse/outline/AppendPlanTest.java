package app.coulisse.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.coulisse.outline.AppendPlan.Existing;
import app.coulisse.outline.AppendPlan.Incoming;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where appended scenes land and which numbers they get, without a database. */
class AppendPlanTest {

    private static final List<String> ACTS = List.of("Teaser", "Act One", "Act Two");
    /** Teaser: 1; Act One: 2, 3; Act Two: 4. */
    private static final List<Existing> SCENES = List.of(new Existing(0, "1"), new Existing(1, "2"),
            new Existing(1, "3"), new Existing(2, "4"));

    @Test
    void unlocked_scenes_go_to_the_end_of_their_acts_and_everything_after_them_moves_down() {
        AppendPlan plan = AppendPlan.of(ACTS, SCENES, false,
                List.of(new Incoming("ACT ONE", "10"), new Incoming("act two", "11")));

        assertThat(plan.actOf()).containsExactly(1, 2);
        assertThat(plan.numbers()).containsExactly("4", "6");
        assertThat(plan.renumbered()).as("scene 4 becomes 5").isEqualTo(1);
        assertThat(plan.acts()).extracting(AppendPlan.PlannedAct::name).containsExactly("Teaser", "Act One", "Act Two");
    }

    @Test
    void locked_existing_numbers_stay_free_file_numbers_are_kept_and_taken_ones_get_letters() {
        AppendPlan plan = AppendPlan.of(ACTS, SCENES, true,
                List.of(new Incoming("Act One", "3"), new Incoming("Act One", "3B"), new Incoming("Act One", null)));

        assertThat(plan.numbers()).containsExactly("3A", "3B", "3C");
        assertThat(plan.renumbered()).isZero();
    }

    @Test
    void new_acts_keep_the_file_order_and_scenes_before_the_first_section_go_to_the_first_act() {
        AppendPlan plan = AppendPlan.of(ACTS, SCENES, false, List.of(new Incoming(null, null),
                new Incoming("COLD OPEN", null), new Incoming("ACT ONE", null), new Incoming("BRIDGE", null),
                new Incoming("ACT TWO", null)));

        assertThat(plan.acts()).extracting(AppendPlan.PlannedAct::name, AppendPlan.PlannedAct::isNew).containsExactly(
                tuple("Teaser", false), tuple("COLD OPEN", true),
                tuple("Act One", false), tuple("BRIDGE", true),
                tuple("Act Two", false));
        assertThat(plan.actOf()).containsExactly(0, 1, 2, 3, 4);
        // In board order: 1, new, new, 2, 3, new, new, 4, new.
        assertThat(plan.numbers()).containsExactly("2", "3", "6", "7", "9");
    }

    @Test
    void a_file_without_sections_goes_after_all_scenes_in_no_act_and_new_acts_without_a_known_neighbour_go_last() {
        AppendPlan none = AppendPlan.of(ACTS, SCENES, false, List.of(new Incoming(null, "1"), new Incoming(null, "2")));
        assertThat(none.actOf()).containsExactly(-1, -1);
        assertThat(none.numbers()).containsExactly("5", "6");

        AppendPlan later = AppendPlan.of(ACTS, SCENES, false, List.of(new Incoming("ACT SIX", null),
                new Incoming("ACT SEVEN", null)));
        assertThat(later.acts()).extracting(AppendPlan.PlannedAct::name)
                .containsExactly("Teaser", "Act One", "Act Two", "ACT SIX", "ACT SEVEN");
    }

    @Test
    void into_an_empty_locked_episode_the_file_numbers_are_kept_in_file_order() {
        AppendPlan plan = AppendPlan.of(List.of(), List.of(), true, List.of(new Incoming("ONE", "1"),
                new Incoming("ONE", "10"), new Incoming("TWO", "10A"), new Incoming("TWO", "11")));

        assertThat(plan.numbers()).containsExactly("1", "10", "10A", "11");
        assertThat(plan.acts()).extracting(AppendPlan.PlannedAct::name).containsExactly("ONE", "TWO");
    }
}
