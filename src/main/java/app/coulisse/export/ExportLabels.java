package app.coulisse.export;

import app.coulisse.core.Messages;
import java.util.Locale;
import java.util.function.Function;

/** Sheet names, column headers and legends, from the app's one set of {@link Messages}. */
public final class ExportLabels {

    private ExportLabels() {
    }

    /** Labels in the given language, English when the language has none (never the JVM's default locale). */
    public static Function<String, String> forLocale(Locale locale) {
        Messages messages = Messages.bundled();
        return key -> messages.get(key, locale);
    }

    public static Function<String, String> english() {
        return forLocale(Locale.ROOT);
    }
}
