package app.coulisse.highlight.ui;

import app.coulisse.highlight.Highlight;
import app.coulisse.highlight.MarkedText;
import app.coulisse.highlight.TagKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One script element's text as components: plain runs as text nodes (escaped by the browser: a script holding
 * HTML stays text) and highlighted runs as marks in their tag's colour, named on hover, opening the highlight's menu
 * on a click when given one ({@code opened} null: no menu). The text content is the element's text exactly, so the browser's selection offsets are the stored ones.
 */
final class HighlightedText {

    /** A character's highlight colour; a dance number's; an element's is its category's. */
    static final String CHARACTER_COLOUR = "#E53935";
    static final String DANCE_NUMBER_COLOUR = "#6D4C41";

    private HighlightedText() {
    }

    static List<Component> of(long elementId, String text, List<Highlight> highlights, Consumer<Highlight> opened) {
        List<Component> parts = new ArrayList<>();
        for (MarkedText.Run run : MarkedText.of(elementId, text, highlights)) {
            if (run.highlights().isEmpty()) {
                parts.add(new Text(run.text()));
                continue;
            }
            Highlight first = run.highlights().getFirst();
            Span mark = new Span(run.text());
            mark.addClassName("highlight-mark");
            mark.addClassName("highlight-" + first.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            mark.getElement().setAttribute("data-highlight-id", String.valueOf(first.id()));
            mark.getStyle().set("--highlight-colour", colour(first));
            mark.getElement().setAttribute("title", run.highlights().stream().map(Highlight::name)
                    .collect(Collectors.joining(" · ")));
            if (opened != null) {
                mark.addClickListener(event -> opened.accept(first));
            }
            parts.add(mark);
        }
        return parts;
    }

    static String colour(Highlight highlight) {
        return highlight.kind() == TagKind.CHARACTER ? CHARACTER_COLOUR
                : highlight.kind() == TagKind.DANCE_NUMBER ? DANCE_NUMBER_COLOUR : highlight.colour();
    }
}
