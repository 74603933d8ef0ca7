package app.coulisse.highlight.ui;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.dance.DanceService;
import app.coulisse.highlight.Highlight;
import app.coulisse.highlight.HighlightService;
import app.coulisse.outline.OutlineService;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;

/**
 * A scene's script in the scene editor, to tag by highlighting (record 050): select words, pick what they are in
 * the menu; a highlight shows in its tag's colour, names the tag on hover and opens its menu (retag, remove) on a
 * click; T tags a new selection as the last kind again. A legend names the colours in use. Read-only for a user who
 * cannot change the scene.
 */
@StyleSheet("context://styles/highlight.css")
class ScriptTagPane extends Div {

    private final long sceneId;
    private final transient HighlightService highlights;
    private final transient ScriptTextService scriptText;
    private final HighlightTagging tagging;
    private final Div script = new Div();
    private final Div legend = new Div();

    ScriptTagPane(long sceneId, HighlightService highlights, ScriptTextService scriptText, CastService castService,
                  DanceService danceService, BreakdownService breakdownService, OutlineService outlineService) {
        this.sceneId = sceneId;
        this.highlights = highlights;
        this.scriptText = scriptText;
        this.tagging = new HighlightTagging(highlights, castService, danceService, breakdownService,
                outlineService.canChange(sceneId), changed -> refresh());
        setId("script-tag-pane");
        addClassName("script-tag-pane");
        script.setId("tagging-script");
        script.addClassName("tagging-script");
        script.getElement().setAttribute("data-scene-id", String.valueOf(sceneId));
        legend.setId("highlight-legend");
        legend.addClassName("highlight-legend");
        add(new H3(getTranslation("highlight.pane.title")));
        if (tagging.editable()) {
            add(new Paragraph(getTranslation("highlight.hint")));
        }
        tagging.listenOn(script);
        add(legend, script);
        refresh();
    }

    /** Reads the scene's text and highlights again and redraws them. */
    void refresh() {
        script.removeAll();
        List<StoredElement> text = scriptText.sceneText(sceneId);
        List<Highlight> shown = highlights.sceneHighlights(sceneId);
        if (text.isEmpty()) {
            script.add(new Paragraph(getTranslation("highlight.pane.empty")));
        }
        for (StoredElement element : text) {
            Div paragraph = new Div();
            paragraph.addClassName("script-" + element.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            paragraph.getElement().setAttribute("data-element-id", String.valueOf(element.id()));
            tagging.marks(element.id(), element.text(), shown).forEach(paragraph::add);
            script.add(paragraph);
        }
        tagging.drawLegend(legend, shown);
    }
}
