package app.coulisse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.core.Messages;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {

    private final Map<String, String> english = Messages.load("");
    private final Map<String, String> french = Messages.load("_fr");

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
    void no_key_means_two_different_things_in_two_features() throws Exception {
        for (String suffix : List.of("", "_fr")) {
            Map<String, Set<String>> textsByKey = new HashMap<>();
            for (Resource bundle : new PathMatchingResourcePatternResolver()
                    .getResources(Messages.BUNDLES.formatted(suffix))) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((key, text) -> textsByKey.computeIfAbsent((String) key, k -> new HashSet<>()).add((String) text));
            }
            assertThat(textsByKey).as("keys with clashing texts" + suffix).allSatisfy((key, texts) -> assertThat(texts).as(key).hasSize(1));
        }
    }

    @Test
    void every_key_is_defined_in_one_bundle_only() throws Exception {
        for (String suffix : List.of("", "_fr")) {
            Map<String, Set<String>> bundlesByKey = new HashMap<>();
            for (Resource bundle : new PathMatchingResourcePatternResolver()
                    .getResources(Messages.BUNDLES.formatted(suffix))) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                String where = bundle.getURL().toString();
                properties.stringPropertyNames().forEach(key -> bundlesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(where));
            }
            assertThat(bundlesByKey).as("keys defined in two bundles" + suffix)
                    .allSatisfy((key, bundles) -> assertThat(bundles).as(key).hasSize(1));
        }
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
