package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When two scene bodies are mostly the same words (record 049). */
class TextSimilarityTest {

    private static final String BODY = """
            Bob holds his phone up and manipulates the user interface. His phone displays an app icon which reads
            SHRINKER-TELEPORTER. He opens the app. Boss' instructions display and read themselves aloud.""";

    @Test
    void the_same_words_respaced_and_recased_are_the_same_text() {
        assertThat(TextSimilarity.of(BODY).mostlyTheSame(TextSimilarity.of(BODY.toUpperCase().replace(" ", "\n"))))
                .isTrue();
    }

    @Test
    void a_few_words_changed_are_still_mostly_the_same() {
        String touched = BODY.replace("manipulates", "swipes through").replace("He opens the app.", "He taps it.");
        assertThat(TextSimilarity.of(BODY).score(TextSimilarity.of(touched))).isBetween(TextSimilarity.MOSTLY, 1.0);
        assertThat(TextSimilarity.of(BODY).mostlyTheSame(TextSimilarity.of(touched))).isTrue();
    }

    @Test
    void the_same_words_in_another_order_are_not() {
        String[] sentences = BODY.split("\\. ");
        String shuffled = sentences[3] + ". " + sentences[2] + ". " + sentences[1] + ". " + sentences[0];
        assertThat(TextSimilarity.of(BODY).mostlyTheSame(TextSimilarity.of(shuffled))).isFalse();
    }

    @Test
    void half_the_scene_rewritten_is_another_scene() {
        String half = BODY.substring(0, BODY.indexOf("He opens")) + "A tram bell rings twice and a bus driver leans on"
                + " the horn while Bob crosses four lanes against the light.";
        assertThat(TextSimilarity.of(BODY).mostlyTheSame(TextSimilarity.of(half))).isFalse();
    }

    @Test
    void two_short_scenes_never_match_by_accident() {
        String line = "Marisol laces her pointe shoes and waits in the wings.";
        assertThat(TextSimilarity.of(line).score(TextSimilarity.of(line))).isEqualTo(1.0);
        assertThat(TextSimilarity.of(line).mostlyTheSame(TextSimilarity.of(line))).isFalse();
    }
}
