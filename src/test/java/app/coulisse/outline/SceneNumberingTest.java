package app.coulisse.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.core.DomainException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SceneNumberingTest {

    @Test
    void unlocked_numbers_follow_the_order() {
        assertThat(SceneNumbering.sequential(4)).containsExactly("1", "2", "3", "4");
        assertThat(SceneNumbering.sequential(0)).isEmpty();
    }

    @Test
    void a_scene_inserted_after_12_is_12A_then_12B() {
        assertThat(SceneNumbering.insertAfter("12", "13", Set.of("12", "13"))).isEqualTo("12A");
        assertThat(SceneNumbering.insertAfter("12A", "13", Set.of("12", "12A", "13"))).isEqualTo("12B");
    }

    @Test
    void between_12_and_12A_is_12aA_then_12aB() {
        assertThat(SceneNumbering.insertAfter("12", "12A", Set.of("12", "12A", "13"))).isEqualTo("12aA");
        assertThat(SceneNumbering.insertAfter("12aA", "12A", Set.of("12", "12aA", "12A", "13"))).isEqualTo("12aB");
    }

    @Test
    void between_12_and_12aA_is_12aaA() {
        assertThat(SceneNumbering.insertAfter("12", "12aA", Set.of("12", "12aA", "12A"))).isEqualTo("12aaA");
    }

    @Test
    void between_two_lettered_scenes_goes_one_level_down() {
        assertThat(SceneNumbering.insertAfter("12A", "12B", Set.of("12", "12A", "12B"))).isEqualTo("12AaA");
    }

    @Test
    void after_12Z_comes_12ZA() {
        assertThat(SceneNumbering.insertAfter("12Z", "13", Set.of("12Z", "13"))).isEqualTo("12ZA");
        assertThat(SceneNumbering.insertAfter("12ZA", "13", Set.of("12Z", "12ZA", "13"))).isEqualTo("12ZB");
    }

    @Test
    void at_the_very_top_the_first_number_gets_an_A_prefix() {
        assertThat(SceneNumbering.insertAfter(null, "1", Set.of("1", "2"))).isEqualTo("A1");
        assertThat(SceneNumbering.insertAfter(null, "A1", Set.of("A1", "1"))).isEqualTo("AA1");
        assertThat(SceneNumbering.insertAfter("A1", "1", Set.of("A1", "1"))).isEqualTo("A1A");
    }

    @Test
    void the_first_scene_of_an_empty_episode_is_1() {
        assertThat(SceneNumbering.insertAfter(null, null, Set.of())).isEqualTo("1");
    }

    @Test
    void after_an_omitted_scene_the_new_one_takes_its_letter() {
        // 72 OMITTED keeps its number; new scenes follow it as 72A, 72B, then 73.
        assertThat(SceneNumbering.insertAfter("72", "73", Set.of("72", "73"))).isEqualTo("72A");
        assertThat(SceneNumbering.insertAfter("72A", "73", Set.of("72", "72A", "73"))).isEqualTo("72B");
    }

    @Test
    void at_the_end_a_whole_number_is_followed_by_the_next_whole_number() {
        assertThat(SceneNumbering.insertAfter("42", null, Set.of("41", "42"))).isEqualTo("43");
        assertThat(SceneNumbering.insertAfter("42A", null, Set.of("42", "42A"))).isEqualTo("42B");
        // 43 was moved up the episode: the end cannot reuse it.
        assertThat(SceneNumbering.insertAfter("42", null, Set.of("43", "42"))).isEqualTo("42A");
    }

    @Test
    void an_inserted_number_is_never_one_already_taken() {
        // 12A was moved elsewhere in the episode: the insert after 12 must not reuse it.
        assertThat(SceneNumbering.insertAfter("12", "13", Set.of("12", "13", "12A"))).isEqualTo("12aA");
    }

    @Test
    void unlocking_then_renumbering_gives_plain_numbers_again() {
        // A locked episode 1, A2, 2, 2A, 3 unlocked: five scenes in order become 1…5.
        assertThat(SceneNumbering.sequential(5)).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void numbers_that_would_not_fit_are_refused() {
        assertThatThrownBy(() -> SceneNumbering.insertAfter("12aaaaaaaaaA", "12A", Set.of("12aaaaaaaaaA", "12A", "12aaaaaaaaaB")))
                .isInstanceOf(DomainException.class).hasMessage("scene.number.exhausted");
    }

    @Test
    void a_typed_number_is_letters_digits_letters() {
        assertThat(SceneNumbering.isValid("12")).isTrue();
        assertThat(SceneNumbering.isValid("12aA")).isTrue();
        assertThat(SceneNumbering.isValid("A12A")).isTrue();
        assertThat(SceneNumbering.isValid("")).isFalse();
        assertThat(SceneNumbering.isValid(null)).isFalse();
        assertThat(SceneNumbering.isValid("A")).isFalse();
        assertThat(SceneNumbering.isValid("12 A")).isFalse();
        assertThat(SceneNumbering.isValid("12-1")).isFalse();
        assertThat(SceneNumbering.isValid("1234567890123")).isFalse();
    }

    @Test
    void renumbering_an_unlocked_episode_says_which_places_change_and_ignores_a_new_scene() {
        SceneNumbering.Renumbering renumbering = SceneNumbering.renumber(Arrays.asList("1", null, "2", "3"));
        assertThat(renumbering.numbers()).containsExactly("1", "2", "3", "4");
        assertThat(renumbering.changed()).containsExactly(2, 3);
        assertThat(SceneNumbering.renumber(List.of("1", "2")).changed()).isEmpty();
    }
}
