package app.coulisse.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedTextTest {

    private static final String TEXT = "Marisol laces her pointe shoes.";

    @Test
    void a_text_without_highlights_is_one_plain_run() {
        assertThat(MarkedText.of(1, TEXT, List.of())).containsExactly(new MarkedText.Run(TEXT, List.of()));
    }

    @Test
    void a_highlight_cuts_its_words_out_of_the_plain_text() {
        Highlight shoes = highlight(1, 18, 30, false);

        assertThat(MarkedText.of(1, TEXT, List.of(shoes))).containsExactly(
                new MarkedText.Run("Marisol laces her ", List.of()),
                new MarkedText.Run("pointe shoes", List.of(shoes)),
                new MarkedText.Run(".", List.of()));
    }

    @Test
    void overlapping_highlights_cut_at_every_boundary_and_the_shortest_comes_first() {
        Highlight shoes = highlight(1, 18, 30, false);
        Highlight pointe = highlight(1, 18, 24, false);

        assertThat(MarkedText.of(1, TEXT, List.of(shoes, pointe))).containsExactly(
                new MarkedText.Run("Marisol laces her ", List.of()),
                new MarkedText.Run("pointe", List.of(pointe, shoes)),
                new MarkedText.Run(" shoes", List.of(shoes)),
                new MarkedText.Run(".", List.of()));
    }

    @Test
    void flagged_highlights_other_elements_and_ranges_past_the_end_are_not_drawn() {
        assertThat(MarkedText.of(1, TEXT, List.of(highlight(1, 0, 7, true), highlight(2, 0, 7, false),
                highlight(1, 20, 99, false)))).containsExactly(new MarkedText.Run(TEXT, List.of()));
    }

    private static Highlight highlight(long element, int start, int end, boolean flagged) {
        return new Highlight(start * 100L + end, 1, new TextRange(element, start, end), "words", flagged,
                TagKind.ELEMENT, 1, "Pointe shoes", 1L, "#00ACC1", null);
    }
}
