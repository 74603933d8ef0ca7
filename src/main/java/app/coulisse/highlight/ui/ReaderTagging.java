package app.coulisse.highlight.ui;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.dance.DanceService;
import app.coulisse.highlight.Highlight;
import app.coulisse.highlight.HighlightService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The highlights on an open reader's page and the tagging there (record 050): a bar at the top of the page with the
 * hint and the legend; after a tag, a retag or a removal only that scene's highlights are read and drawn again.
 */
final class ReaderTagging implements Serializable {

    private final Component page;
    private final transient HighlightService highlights;
    private final HighlightTagging tagging;
    private final Div legend = new Div();
    private final List<Highlight> shown;

    ReaderTagging(Component page, List<Highlight> shown, HighlightService highlights, CastService castService,
                  DanceService danceService, BreakdownService breakdownService, boolean editable) {
        this.page = page;
        this.highlights = highlights;
        this.shown = new ArrayList<>(shown);
        this.tagging = new HighlightTagging(highlights, castService, danceService, breakdownService, editable,
                this::redraw);
        Div bar = new Div();
        bar.setId("reader-highlights");
        bar.addClassName("reader-highlights");
        if (editable) {
            bar.add(new Paragraph(page.getTranslation("highlight.hint")));
        }
        legend.setId("highlight-legend");
        legend.addClassName("highlight-legend");
        bar.add(legend);
        page.getElement().insertChild(0, bar.getElement());
        tagging.listenOn(page);
        mark(page, elementsOf(this.shown));
        tagging.drawLegend(legend, this.shown);
    }

    /** Reads the scene's highlights again and draws them on its words (where they were and are), and the legend. */
    private void redraw(long sceneId) {
        List<Highlight> before = shown.stream().filter(highlight -> highlight.sceneId() == sceneId).toList();
        List<Highlight> after = highlights.sceneHighlights(sceneId);
        shown.removeAll(before);
        shown.addAll(after);
        Set<Long> elements = elementsOf(before);
        elements.addAll(elementsOf(after));
        String id = String.valueOf(sceneId);
        page.getChildren().filter(block -> id.equals(block.getElement().getAttribute("data-scene-id")))
                .forEach(block -> mark(block, elements));
        tagging.drawLegend(legend, shown);
    }

    private static Set<Long> elementsOf(List<Highlight> highlights) {
        return highlights.stream().map(highlight -> highlight.range().elementId())
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** Finds the given script elements under {@code component} and draws their highlights on their text. */
    private void mark(Component component, Set<Long> elements) {
        String id = component.getElement().getAttribute("data-element-id");
        if (id == null) {
            component.getChildren().forEach(child -> mark(child, elements));
            return;
        }
        long elementId = Long.parseLong(id);
        if (!elements.contains(elementId)) {
            return;
        }
        component.getChildren().filter(Span.class::isInstance).map(Span.class::cast).findFirst().ifPresent(text -> {
            String words = text.getElement().getTextRecursively();
            text.setText("");
            tagging.marks(elementId, words, shown).forEach(text::add);
        });
    }
}
