package app.coulisse.export;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/** Sheet names, column headers and legends from the {@code i18n/export/translations} bundles. */
public final class ExportLabels {

    private static final String BUNDLE = "i18n.export.translations";

    private ExportLabels() {
    }

    /** Labels in the given language, English when the language has no bundle. */
    public static Function<String, String> forLocale(Locale locale) {
        // No fallback to the JVM's default locale: English is the base bundle, whatever the machine says.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle::getString;
    }

    public static Function<String, String> english() {
        return forLocale(Locale.ROOT);
    }
}
