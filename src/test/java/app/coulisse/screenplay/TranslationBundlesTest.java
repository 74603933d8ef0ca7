package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every message key the parsers and the import mapping give has English and French text, and neither bundle has extra keys. */
class TranslationBundlesTest {

    @Test
    void english_and_french_bundles_hold_the_same_keys() throws IOException {
        assertThat(bundle("translations_fr.properties").stringPropertyNames())
                .isEqualTo(bundle("translations.properties").stringPropertyNames());
    }

    @Test
    void every_error_and_warning_key_is_translated() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_fr.properties"}) {
            Properties bundle = bundle(file);
            Arrays.stream(UnreadableScreenplayException.Reason.values()).map(UnreadableScreenplayException.Reason::key)
                    .forEach(key -> assertThat(bundle.getProperty(key)).as(file + " " + key).isNotBlank());
            Arrays.stream(ParseWarning.Kind.values()).map(ParseWarning.Kind::key)
                    .forEach(key -> assertThat(bundle.getProperty(key)).as(file + " " + key).isNotBlank());
            Arrays.stream(ImportPlan.Warning.values()).map(ImportPlan.Warning::key)
                    .forEach(key -> assertThat(bundle.getProperty(key)).as(file + " " + key).isNotBlank());
            // No stale parser or mapping keys: each one under these prefixes belongs to a reason or a warning.
            assertThat(bundle.stringPropertyNames().stream().filter(key -> key.startsWith("screenplay.error.")
                    || key.startsWith("screenplay.warning.") || key.startsWith("screenplay.import.warning.")))
                    .hasSize(UnreadableScreenplayException.Reason.values().length + ParseWarning.Kind.values().length
                            + ImportPlan.Warning.values().length);
        }
    }

    @Test
    void french_text_keeps_its_accents() throws IOException {
        assertThat(bundle("translations_fr.properties").getProperty("screenplay.error.no-scene"))
                .startsWith("Aucun en-tête de scène");
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/i18n/screenplay/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
