package app.coulisse.outline.ui;

import com.vaadin.flow.component.html.Span;
import java.util.regex.Pattern;

/**
 * A badge filled with its own colour (a revision's Blue, a production's own Navy): the fill behind the text, and
 * black or white text, whichever reads on it (perceived brightness, as the workbook's fills do).
 */
final class BadgeFill {

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private BadgeFill() {
    }

    /** Fills a badge, with the text colour that reads on the fill; a fill that is not {@code #RRGGBB} is left out. */
    static void apply(Span badge, String fill) {
        if (fill == null || !HEX.matcher(fill).matches()) {
            return;
        }
        badge.getStyle().set("background-color", fill).set("color", textOn(fill));
    }

    /** {@code #000000} on a light fill, {@code #FFFFFF} on a dark one. */
    static String textOn(String fill) {
        int rgb = Integer.parseInt(fill.substring(1), 16);
        double brightness = 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
        return brightness < 128 ? "#FFFFFF" : "#000000";
    }
}
