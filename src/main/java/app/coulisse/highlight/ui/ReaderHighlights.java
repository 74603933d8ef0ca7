package app.coulisse.highlight.ui;

import app.coulisse.highlight.Highlight;
import app.coulisse.highlight.HighlightService;
import app.coulisse.screenplay.ui.ScriptReaderDecoration;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.springframework.core.annotation.Order;

/** The script reader shows each tag's highlighted words in its colour, named on hover, read once per episode. */
@org.springframework.stereotype.Component
@Order(1)
class ReaderHighlights implements ScriptReaderDecoration {

    private final HighlightService highlights;

    ReaderHighlights(HighlightService highlights) {
        this.highlights = highlights;
    }

    @Override
    public void decorate(long episodeId, Component page) {
        List<Highlight> shown = highlights.episodeHighlights(episodeId);
        if (shown.isEmpty()) {
            return;
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().addStyleSheet("context://styles/highlight.css");
        }
        mark(page, shown);
    }

    /** Finds every element of the page and draws its highlights on its text. */
    private static void mark(Component component, List<Highlight> shown) {
        String id = component.getElement().getAttribute("data-element-id");
        if (id == null) {
            component.getChildren().forEach(child -> mark(child, shown));
            return;
        }
        long elementId = Long.parseLong(id);
        component.getChildren().filter(Span.class::isInstance).map(Span.class::cast).findFirst().ifPresent(text -> {
            String words = text.getText();
            text.setText("");
            HighlightedText.of(elementId, words, shown, null).forEach(text::add);
        });
    }
}
