package app.coulisse.core;

import java.util.List;
import java.util.Locale;

/** The languages Coulisse speaks, English first (the fallback): the one list the screens, bundles and rules read. */
public final class Languages {

    /** Every supported language, English first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    /** Their codes ({@code en}, {@code fr}), in the same order. */
    public static final List<String> CODES = SUPPORTED.stream().map(Locale::getLanguage).toList();

    private Languages() {
    }

    /** Whether a language code ({@code fr}) is one Coulisse speaks. */
    public static boolean isSupported(String code) {
        return CODES.contains(code);
    }

    /** Whether a locale's language ({@code fr_CA} counts as French) is one Coulisse speaks. */
    public static boolean isSupported(Locale locale) {
        return locale != null && isSupported(locale.getLanguage());
    }
}
