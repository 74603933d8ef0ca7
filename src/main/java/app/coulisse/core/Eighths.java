package app.coulisse.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page lengths in eighths, the way breakdowns count them: 11 eighths are written "1 3/8", 4
 * eighths "4/8" (never 1/2), 16 eighths "2". A scene is never shorter than 1/8.
 */
public final class Eighths {

    /** The longest scene we accept: 99 pages, far beyond any real scene. */
    public static final int MAX = 99 * 8;

    private static final Pattern WHOLE = Pattern.compile("(\\d{1,3})");
    private static final Pattern FRACTION = Pattern.compile("(\\d{1,4})\\s*/\\s*(\\d{1,2})");
    private static final Pattern MIXED = Pattern.compile("(\\d{1,3})\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})");

    private Eighths() {
    }

    /** "1 3/8" for 11, "3/8" for 3, "2" for 16. */
    public static String format(int eighths) {
        int pages = eighths / 8;
        int rest = eighths % 8;
        if (pages == 0) {
            return rest + "/8";
        }
        return rest == 0 ? String.valueOf(pages) : pages + " " + rest + "/8";
    }

    /** The same format as a spreadsheet formula over a cell holding eighths, so a workbook total stays live. */
    public static String formula(String eighthsCell) {
        return "TRIM(IF(INT(" + eighthsCell + "/8)>0,INT(" + eighthsCell + "/8),\"\")"
                + "&IF(MOD(" + eighthsCell + ",8)>0,\" \"&MOD(" + eighthsCell + ",8)&\"/8\",\"\"))";
    }

    /**
     * Reads "1 3/8", "11/8" (normalised to 1 3/8), "3/8" or "2". Refuses with a translatable
     * message: blanks, words, zero, negatives, denominators other than 8, and mixed numbers whose
     * eighths are 8 or more ("1 9/8").
     */
    public static int parse(String text) {
        String input = text == null ? "" : text.trim();
        if (input.isEmpty()) {
            throw new DomainException("length.required");
        }
        if (input.startsWith("-")) {
            throw new DomainException("length.negative");
        }
        int eighths;
        Matcher matcher;
        if ((matcher = WHOLE.matcher(input)).matches()) {
            eighths = Integer.parseInt(matcher.group(1)) * 8;
        } else if ((matcher = FRACTION.matcher(input)).matches()) {
            requireEighths(matcher.group(2));
            eighths = Integer.parseInt(matcher.group(1));
        } else if ((matcher = MIXED.matcher(input)).matches()) {
            requireEighths(matcher.group(3));
            int rest = Integer.parseInt(matcher.group(2));
            if (rest >= 8) {
                throw new DomainException("length.fraction-too-big", input);
            }
            eighths = Integer.parseInt(matcher.group(1)) * 8 + rest;
        } else {
            throw new DomainException("length.unreadable", input);
        }
        if (eighths == 0) {
            throw new DomainException("length.zero");
        }
        if (eighths > MAX) {
            throw new DomainException("length.too-long", format(MAX));
        }
        return eighths;
    }

    private static void requireEighths(String denominator) {
        if (Integer.parseInt(denominator) != 8) {
            throw new DomainException("length.not-eighths");
        }
    }
}
