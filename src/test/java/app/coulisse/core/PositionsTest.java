package app.coulisse.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PositionsTest {

    @Test
    void an_item_moves_one_place_and_every_position_is_rewritten_one_to_n() {
        List<String> ordered = new ArrayList<>(List.of("teaser", "one", "two"));
        Map<String, Integer> positions = new HashMap<>();

        assertThat(Positions.move(ordered, "two", -1, positions::put)).isTrue();

        assertThat(ordered).containsExactly("teaser", "two", "one");
        assertThat(positions).containsEntry("teaser", 1).containsEntry("two", 2).containsEntry("one", 3);
    }

    @Test
    void at_either_end_the_item_stays_put() {
        List<String> ordered = new ArrayList<>(List.of("a", "b"));
        assertThat(Positions.move(ordered, "a", -1, (item, position) -> { })).isFalse();
        assertThat(Positions.move(ordered, "b", 5, (item, position) -> { })).isFalse();
        assertThat(ordered).containsExactly("a", "b");
    }

    @Test
    void a_stale_version_is_refused_with_the_message_given() {
        Versions.require(3, 3, "scene.conflict", "12");
        assertThatThrownBy(() -> Versions.require(4, 3, "scene.conflict", "12"))
                .isInstanceOf(DomainException.class).hasMessage("scene.conflict");
    }
}
