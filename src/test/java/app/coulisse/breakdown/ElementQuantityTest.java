package app.coulisse.breakdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElementQuantityTest {

    @Test
    void the_production_provides_the_most_any_one_scene_needs_not_the_sum() {
        // One suitcase in scene 4, two in scene 2: two suitcases to provide (decision 012), not three.
        int suitcases = ElementQuantity.toProvide(ElementQuantity.toProvide(0, 1), 2);

        assertThat(suitcases).isEqualTo(2);
        assertThat(ElementQuantity.toProvide(23, 23)).as("23 veils in two scenes are still 23 veils").isEqualTo(23);
    }
}
