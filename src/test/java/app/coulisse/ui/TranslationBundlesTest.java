package app.coulisse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {

    private final Map<String, String> english = TranslationProvider.load("");
    private final Map<String, String> french = TranslationProvider.load("_fr");

    @Test
    void every_english_key_has_a_french_translation() {
        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(french.keySet());
        assertThat(missing).as("keys missing in French").isEmpty();
    }

    @Test
    void every_french_key_has_an_english_translation() {
        Set<String> missing = new TreeSet<>(french.keySet());
        missing.removeAll(english.keySet());
        assertThat(missing).as("keys missing in English").isEmpty();
    }

    @Test
    void no_translation_is_blank() {
        assertThat(english).as("bundles found").isNotEmpty();
        english.forEach((key, text) -> assertThat(text).as(key).isNotBlank());
        french.forEach((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void parameters_are_filled_and_french_apostrophes_survive() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("episode.number.taken", java.util.Locale.FRENCH, "101"))
                .isEqualTo("L'épisode 101 existe déjà.");
        assertThat(provider.getTranslation("episode.number.taken", java.util.Locale.GERMAN, "101"))
                .isEqualTo("Episode 101 already exists.");
    }
}
