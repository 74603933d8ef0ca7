package app.coulisse.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpisodeOrderTest {

    /** Two acts: a and b in act 0, c in act 1, z in no act. */
    private static EpisodeOrder<String> twoActs() {
        Map<String, Integer> acts = Map.of("a", 0, "b", 0, "c", 1, "z", EpisodeOrder.NO_ACT);
        return EpisodeOrder.of(2, List.of("a", "b", "c", "z"), acts::get);
    }

    @Test
    void the_order_is_act_by_act_then_what_stands_in_no_act() {
        Map<String, Integer> acts = Map.of("z", EpisodeOrder.NO_ACT, "c", 1, "a", 0);
        EpisodeOrder<String> order = EpisodeOrder.of(2, List.of("z", "c", "a"), acts::get);
        assertThat(order.inOrder()).containsExactly("a", "c", "z");
        assertThat(order.acts()).isEqualTo(2);
    }

    @Test
    void insert_clamps_the_index_to_the_ends_of_the_act() {
        EpisodeOrder<String> order = twoActs();
        order.insert(0, 99, "end-of-first");
        order.insert(1, -5, "top-of-second");
        order.insert(EpisodeOrder.NO_ACT, 0, "loose");
        assertThat(order.inOrder()).containsExactly("a", "b", "end-of-first", "top-of-second", "c", "loose", "z");
    }

    @Test
    void insert_beside_puts_an_item_next_to_another_in_its_act_or_in_no_act_like_it() {
        EpisodeOrder<String> order = twoActs();
        order.insertBeside("a", true, "after-a");
        order.insertBeside("c", false, "before-c");
        order.insertBeside("z", false, "before-z");
        order.insertBeside("z", true, "after-z");
        assertThat(order.inOrder()).containsExactly("a", "after-a", "b", "before-c", "c", "before-z", "z", "after-z");
        assertThat(order.actOf("before-z")).isEqualTo(EpisodeOrder.NO_ACT);
        assertThatThrownBy(() -> order.insertBeside("nowhere", true, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void move_takes_an_item_out_of_its_place_and_puts_it_into_another_act() {
        EpisodeOrder<String> order = twoActs();
        order.move("a", 1, 1);
        assertThat(order.inOrder()).containsExactly("b", "c", "a", "z");
        assertThat(order.actOf("a")).isEqualTo(1);
    }

    @Test
    void shift_moves_past_a_neighbour_inside_the_act_then_across_the_edge_into_the_next_act() {
        EpisodeOrder<String> order = twoActs();
        assertThat(order.shift("a", 1)).isTrue();
        assertThat(order.inOrder()).containsExactly("b", "a", "c", "z");
        assertThat(order.shift("a", 1)).isTrue();
        assertThat(order.inOrder()).containsExactly("b", "a", "c", "z");
        assertThat(order.actOf("a")).as("at the top of the next act").isEqualTo(1);
        assertThat(order.shift("c", 1)).as("nothing after the last act").isFalse();
        assertThat(order.shift("b", -1)).as("nothing before the first act").isFalse();
    }

    @Test
    void a_scene_in_no_act_shifts_up_into_the_last_act_and_no_further_down() {
        EpisodeOrder<String> order = twoActs();
        assertThat(order.shift("z", 1)).isFalse();
        assertThat(order.shift("z", -1)).isTrue();
        assertThat(order.actOf("z")).isEqualTo(1);
        assertThat(order.inOrder()).containsExactly("a", "b", "c", "z");
    }

    @Test
    void neighbours_are_the_items_either_side_in_running_order() {
        EpisodeOrder<String> order = twoActs();
        assertThat(order.neighbours("b")).isEqualTo(new EpisodeOrder.Neighbours<>("a", "c"));
        assertThat(order.neighbours("a").before()).isNull();
        assertThat(order.neighbours("z").after()).isNull();
        assertThatThrownBy(() -> order.actOf("missing")).isInstanceOf(IllegalArgumentException.class);
    }
}
