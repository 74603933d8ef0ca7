package app.coulisse.outline.ui;

import app.coulisse.core.HexColour;
import com.vaadin.flow.component.html.Span;

/**
 * A badge filled with its own colour (a revision's Blue, a production's own Navy): the fill behind the text, and
 * black or white text, whichever reads on it ({@link HexColour#isDark()}, as the workbook's fills).
 */
final class BadgeFill {

    private BadgeFill() {
    }

    /** Fills a badge, with the text colour that reads on the fill; a fill that is not {@code #RRGGBB} is left out. */
    static void apply(Span badge, String fill) {
        if (!HexColour.isValid(fill)) {
            return;
        }
        badge.getStyle().set("background-color", fill).set("color", textOn(fill));
    }

    /** {@code #000000} on a light fill, {@code #FFFFFF} on a dark one. */
    static String textOn(String fill) {
        return HexColour.of(fill).isDark() ? "#FFFFFF" : "#000000";
    }
}
