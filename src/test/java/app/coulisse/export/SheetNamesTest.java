package app.coulisse.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SheetNamesTest {

    private final SheetNames names = new SheetNames();

    @Test
    void accented_names_are_kept_as_they_are() {
        assertThat(names.next("Éléments – Geneviève")).isEqualTo("Éléments – Geneviève");
    }

    @Test
    void characters_excel_forbids_are_replaced() {
        assertThat(names.next("Props [A]: a/b\\c*?")).isEqualTo("Props -A-- a-b-c--");
    }

    @Test
    void names_are_cut_to_31_characters() {
        String name = names.next("Les Étoiles filantes du Ballet National de Paris");
        // The 31st character is a space, which is trimmed.
        assertThat(name).isEqualTo("Les Étoiles filantes du Ballet");
        assertThat(names.next("Répétitions-du-Ballet-National-de-Paris")).isEqualTo("Répétitions-du-Ballet-National-");
    }

    @Test
    void leading_and_trailing_apostrophes_are_removed() {
        assertThat(names.next("'Jack's office'")).isEqualTo("Jack's office");
    }

    @Test
    void a_taken_name_gets_a_number_ignoring_case() {
        assertThat(names.next("Cast")).isEqualTo("Cast");
        assertThat(names.next("CAST")).isEqualTo("CAST (2)");
        assertThat(names.next("cast")).isEqualTo("cast (3)");
    }

    @Test
    void a_numbered_long_name_still_fits_31_characters() {
        String wanted = "Dancers x numbers for the whole season";
        String first = names.next(wanted);
        String second = names.next(wanted);
        assertThat(second).hasSizeLessThanOrEqualTo(31).endsWith(" (2)").isNotEqualToIgnoringCase(first);
    }

    @Test
    void an_empty_name_becomes_sheet() {
        assertThat(names.next("  ")).isEqualTo("Sheet");
        assertThat(names.next("''")).isEqualTo("Sheet (2)");
    }
}
