package app.coulisse.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReanchoringTest {

    private static final String ACTION = "Marisol laces her pointe shoes by the barre.";
    private static final TextRange POINTE_SHOES = new TextRange(1, 18, 30);

    @Test
    void untouched_words_follow_into_the_new_elements_ids() {
        Optional<TextRange> moved = Reanchoring.between(
                List.of(new ElementText(1, ACTION), new ElementText(2, "Gaël watches.")),
                List.of(new ElementText(11, ACTION), new ElementText(12, "Gaël watches.")))
                .follow(POINTE_SHOES);

        assertThat(moved).contains(new TextRange(11, 18, 30));
    }

    @Test
    void words_added_before_shift_the_range() {
        String revised = "At dawn, Marisol slowly laces her pointe shoes by the barre.";
        TextRange moved = Reanchoring.between(List.of(new ElementText(1, ACTION)), List.of(new ElementText(5, revised)))
                .follow(POINTE_SHOES).orElseThrow();

        assertThat(revised.substring(moved.start(), moved.end())).isEqualTo("pointe shoes");
        assertThat(moved.elementId()).isEqualTo(5);
    }

    @Test
    void words_that_were_cut_are_gone() {
        Reanchoring reanchoring = Reanchoring.between(List.of(new ElementText(1, ACTION)),
                List.of(new ElementText(1, "Marisol laces her sneakers by the barre.")));

        assertThat(reanchoring.follow(POINTE_SHOES)).isEmpty();
        assertThat(reanchoring.follow(new TextRange(1, 0, 7))).contains(new TextRange(1, 0, 7));
    }

    @Test
    void one_changed_word_inside_the_range_loses_it() {
        assertThat(Reanchoring.between(List.of(new ElementText(1, ACTION)),
                List.of(new ElementText(1, "Marisol laces her pointed shoes by the barre."))).follow(POINTE_SHOES))
                .isEmpty();
    }

    @Test
    void a_paragraph_moved_elsewhere_in_the_scene_is_found_by_its_words() {
        List<ElementText> before = List.of(new ElementText(1, ACTION), new ElementText(2, "Gaël watches."),
                new ElementText(3, "The pianist starts."));
        List<ElementText> after = List.of(new ElementText(7, "The pianist starts."), new ElementText(8, "Gaël watches."),
                new ElementText(9, "A new line."), new ElementText(10, ACTION));

        assertThat(Reanchoring.between(before, after).follow(POINTE_SHOES)).contains(new TextRange(10, 18, 30));
    }

    @Test
    void a_range_inside_a_word_keeps_its_place_in_the_word() {
        String text = "Costumes: tutus, Pointe-shoes, tights.";
        TextRange shoes = new TextRange(1, 24, 29);
        String revised = "Costumes: tulle tutus, Pointe-shoes, tights.";

        TextRange moved = Reanchoring.between(List.of(new ElementText(1, text)), List.of(new ElementText(1, revised)))
                .follow(shoes).orElseThrow();

        assertThat(text.substring(shoes.start(), shoes.end())).isEqualTo("shoes");
        assertThat(revised.substring(moved.start(), moved.end())).isEqualTo("shoes");
    }

    @Test
    void accented_words_and_a_line_break_inside_an_element_are_words_like_any_other() {
        String text = "ÉTOILE répète.\nLes chaussons de pointe usés.";
        int start = text.indexOf("chaussons");
        TextRange range = new TextRange(1, start, start + "chaussons de pointe".length());
        String revised = "ÉTOILE répète encore.\nLes chaussons de pointe usés.";

        TextRange moved = Reanchoring.between(List.of(new ElementText(1, text)), List.of(new ElementText(2, revised)))
                .follow(range).orElseThrow();

        assertThat(revised.substring(moved.start(), moved.end())).isEqualTo("chaussons de pointe");
    }

    @Test
    void a_range_on_an_element_the_old_text_does_not_hold_is_gone() {
        assertThat(Reanchoring.between(List.of(new ElementText(1, ACTION)), List.of(new ElementText(1, ACTION)))
                .follow(new TextRange(99, 0, 4))).isEmpty();
    }
}
