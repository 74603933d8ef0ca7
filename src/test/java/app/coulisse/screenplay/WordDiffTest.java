package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void a_changed_word_is_shown_removed_and_added_within_a_few_words_of_context() {
        assertThat(WordDiff.of("Where are my shoes?\nUnder the chair.", "Where are my shoes?\nUnder the sofa."))
                .isEqualTo("… shoes? Under the [-chair.-] {+sofa.+}");
    }

    @Test
    void the_same_words_respaced_give_no_diff() {
        assertThat(WordDiff.of("One  more\ntime.", "One more time.")).isEmpty();
    }

    @Test
    void an_added_line_at_the_end_is_all_added() {
        assertThat(WordDiff.of("Lucas looks.", "Lucas looks.\nThe sirens wail.")).isEqualTo("Lucas looks. {+The sirens wail.+}");
    }
}
