package app.coulisse.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, no leading
 * or trailing apostrophe, and unique in the workbook ignoring case (Excel's rule), with accents kept.
 */
public final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** A valid name close to {@code wanted}, suffixed {@code (2)}, {@code (3)}… when already taken. */
    public String next(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = trimApostrophes(base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length()))) + suffix;
        }
        return name;
    }

    static String clean(String wanted) {
        String replaced = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-").replaceAll("\\p{Cntrl}", " ").strip();
        String name = trimApostrophes(replaced.length() > MAX_LENGTH ? replaced.substring(0, MAX_LENGTH) : replaced);
        return name.isEmpty() ? "Sheet" : name;
    }

    private static String trimApostrophes(String name) {
        return name.replaceAll("^'+|'+$", "").strip();
    }
}
