package app.coulisse.core;

import java.util.Locale;

/**
 * A colour as the series stores it, {@code #RRGGBB}: companies, storylines, element categories, units, strip palette
 * and revision colours. One pattern for the entities' constraints and one brightness rule for the text written on a
 * fill, so a badge on screen and a cell in a workbook choose the same black or white.
 */
public record HexColour(int rgb) {

    /** The stored form, for {@code @Pattern} constraints and parsers. */
    public static final String PATTERN = "#[0-9A-Fa-f]{6}";

    private static final java.util.regex.Pattern STORED = java.util.regex.Pattern.compile(PATTERN);

    /** Whether a text is a colour in the stored form. */
    public static boolean isValid(String text) {
        return text != null && STORED.matcher(text).matches();
    }

    /** The colour of a stored {@code #RRGGBB} text; refuses anything else. */
    public static HexColour of(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("Not a #RRGGBB colour: " + text);
        }
        return new HexColour(Integer.parseInt(text.substring(1), 16));
    }

    /** Dark by perceived brightness (ITU-R BT.601 weights): white text reads on it, black on a light one. */
    public boolean isDark() {
        double brightness = 0.299 * red() + 0.587 * green() + 0.114 * blue();
        return brightness < 128;
    }

    public int red() {
        return rgb >> 16 & 0xFF;
    }

    public int green() {
        return rgb >> 8 & 0xFF;
    }

    public int blue() {
        return rgb & 0xFF;
    }

    /** {@code RRGGBB}, upper case, without the hash. */
    public String hexDigits() {
        return String.format(Locale.ROOT, "%06X", rgb);
    }
}
