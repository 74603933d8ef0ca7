package app.coulisse.outline.ui;

import com.vaadin.flow.component.html.Span;

/** A badge filled with its own colour, such as a scene's revision in the one-liner. */
final class FilledBadge {

    private FilledBadge() {
    }

    static Span of(String text, String fill, String styleName) {
        Span badge = new Span(text == null ? "" : text);
        badge.addClassName(styleName);
        if (fill != null) {
            badge.getStyle().set("background-color", fill);
        }
        return badge;
    }
}
