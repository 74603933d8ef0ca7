package app.coulisse.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.coulisse.screenplay.ElementType;
import app.coulisse.screenplay.ScriptElement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionEngineTest {

    private static final long PROPS = 4;
    private static final long WARDROBE = 5;
    private static final long SFX = 9;
    private static final long SOUND = 11;

    private final Catalog catalog = new Catalog(
            List.of(new Catalog.Entry(1, "Geneviève Lavigne", List.of("Gigi")),
                    new Catalog.Entry(2, "Marisol Vega", List.of()),
                    new Catalog.Entry(3, "Rose Kim", List.of())),
            List.of(new Catalog.Entry(10, "The Firebird", List.of()), new Catalog.Entry(11, "Bolero", List.of())),
            List.of(new Catalog.Element(20, "Pointe shoe", WARDROBE), new Catalog.Element(21, "Scarf", PROPS)),
            Map.of("props", PROPS, "wardrobe", WARDROBE, "special-effects", SFX, "sound-music", SOUND));
    private final SuggestionEngine engine = new SuggestionEngine(catalog, ElementLexicon.bundled());

    @Test
    void a_character_is_found_by_full_name_first_name_surname_or_alias_accents_or_not() {
        assertThat(names("Geneviève Lavigne waits.")).containsExactly("Geneviève Lavigne");
        assertThat(names("GENEVIEVE waits.")).containsExactly("Geneviève Lavigne");
        assertThat(names("Madame Lavigne waits.")).containsExactly("Geneviève Lavigne");
        assertThat(names("Gigi waits.")).containsExactly("Geneviève Lavigne");
    }

    @Test
    void a_character_named_in_the_action_is_suggested_with_the_words_that_name_them() {
        List<Candidate> found = engine.suggest(List.of(action("MARISOL laces her shoes.")));

        assertThat(found).extracting(Candidate::kind, Candidate::targetId, Candidate::evidence, Candidate::start,
                Candidate::end).containsExactly(tuple(SuggestionKind.CHARACTER, 2L, "MARISOL laces her shoes.", 0, 7));
    }

    @Test
    void a_speaker_of_the_scene_is_never_suggested_the_import_tags_them() {
        List<ScriptElement> scene = List.of(action("Marisol and Gigi stretch."),
                new ScriptElement(ElementType.CHARACTER, "MARISOL (CONT'D)"),
                new ScriptElement(ElementType.DIALOGUE, "Again."));

        assertThat(engine.suggest(scene)).extracting(Candidate::name).containsExactly("Geneviève Lavigne");
    }

    @Test
    void names_in_dialogue_are_talked_about_not_in_the_scene() {
        List<ScriptElement> scene = List.of(new ScriptElement(ElementType.CHARACTER, "ROSE"),
                new ScriptElement(ElementType.DIALOGUE, "Where is Marisol? And my POINTE SHOES?"));

        assertThat(engine.suggest(scene)).isEmpty();
    }

    @Test
    void a_word_in_lower_case_is_not_a_name_a_rose_is_a_flower() {
        assertThat(names("She picks a rose from the bush.")).isEmpty();
        assertThat(names("Rose picks a flower.")).containsExactly("Rose Kim");
    }

    @Test
    void catalog_elements_are_found_in_any_case_and_number_and_dance_numbers_by_title_with_or_without_article() {
        List<Candidate> found = engine.suggest(List.of(action("She sews ribbons onto her pointe shoes."),
                action("The orchestra strikes up FIREBIRD.")));

        assertThat(found).extracting(Candidate::kind, Candidate::targetId)
                .containsExactly(tuple(SuggestionKind.ELEMENT, 20L), tuple(SuggestionKind.DANCE_NUMBER, 10L));
    }

    @Test
    void a_dance_number_on_a_poster_or_a_programme_is_not_performed() {
        assertThat(names("A poster on the wall announces The Firebird.")).isEmpty();
        assertThat(names("L'affiche annonce Bolero pour ce soir.")).isEmpty();
        assertThat(names("The PROGRAMME lists Bolero. Later, Marisol dances Bolero.")).contains("Bolero");
        assertThat(names("Marisol dances Bolero under the lights.")).contains("Bolero");
    }

    @Test
    void a_capitalised_phrase_becomes_an_element_its_category_from_the_lexicon_in_english_or_french() {
        List<Candidate> found = engine.suggest(List.of(action("FOG rolls in. The PHONE RINGS. A VINTAGE TAXI waits."),
                action("Sur la banquette, l'AFFICHE et des CHAUSSONS DE POINTE.")));

        assertThat(found).extracting(Candidate::name, Candidate::categoryId, Candidate::targetId).containsExactly(
                tuple("Fog", SFX, null), tuple("Phone rings", SOUND, null), tuple("Vintage taxi", null, null),
                tuple("Affiche", PROPS, null), tuple("Chaussons de pointe", WARDROBE, null));
    }

    @Test
    void how_the_series_tagged_a_name_before_beats_the_lexicon() {
        // The lexicon files a scarf under wardrobe; this series tagged "Scarf" as a prop.
        assertThat(engine.suggest(List.of(action("She knots a RED SCARF.")))).extracting(Candidate::name,
                Candidate::categoryId).containsExactly(tuple("Red scarf", PROPS));
    }

    @Test
    void directions_to_the_camera_and_words_no_lexicon_knows_are_told_apart() {
        List<Candidate> found = engine.suggest(List.of(action("CLOSE ON the door. A ZORBLAX hums.")));

        assertThat(found).extracting(Candidate::name, Candidate::categoryId).containsExactly(tuple("Zorblax", null));
    }

    @Test
    void a_shouted_sentence_is_not_a_thing() {
        assertThat(names("SHE RUNS TO THE DOOR AND SCREAMS.")).isEmpty();
    }

    @Test
    void one_suggestion_per_name_in_a_scene_with_its_first_line() {
        List<Candidate> found = engine.suggest(List.of(action("Marisol enters."), action("Marisol leaves.")));

        assertThat(found).extracting(Candidate::evidence).containsExactly("Marisol enters.");
    }

    @Test
    void plurals_and_accents_fold_in_english_and_french() {
        assertThat(Words.keys("Pointe Shoes")).isEqualTo(Words.keys("pointe shoe"));
        assertThat(Words.keys("CHAPEAUX")).isEqualTo(Words.keys("chapeau"));
        assertThat(Words.keys("Journaux")).isEqualTo(Words.keys("journal"));
        assertThat(Words.keys("dresses")).isEqualTo(Words.keys("dress"));
        assertThat(Words.keys("Bayadère")).isEqualTo(Words.keys("BAYADERE"));
        assertThat(Words.keys("l'affiche")).isEqualTo(Words.keys("affiche"));
        assertThat(Words.keys("Marisol's")).isEqualTo(Words.keys("Marisol"));
    }

    private List<String> names(String action) {
        return engine.suggest(List.of(action(action))).stream().map(Candidate::name).toList();
    }

    private static ScriptElement action(String text) {
        return new ScriptElement(ElementType.ACTION, text);
    }
}
