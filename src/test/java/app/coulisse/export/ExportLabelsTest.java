package app.coulisse.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ExportLabelsTest {

    @Test
    void english_and_french_bundles_have_the_same_keys() throws IOException {
        assertThat(load("translations_fr.properties").stringPropertyNames())
                .isEqualTo(load("translations.properties").stringPropertyNames());
    }

    @Test
    void french_labels_keep_their_accents() {
        assertThat(ExportLabels.forLocale(Locale.FRENCH).apply("sheet.elements")).isEqualTo("Éléments");
    }

    @Test
    void english_is_used_whatever_the_machine_locale() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(ExportLabels.english().apply("sheet.elements")).isEqualTo("Elements");
            assertThat(ExportLabels.forLocale(Locale.GERMAN).apply("sheet.oneLiner")).isEqualTo("One-liner");
        } finally {
            Locale.setDefault(machine);
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ExportLabelsTest.class.getResourceAsStream("/i18n/export/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
