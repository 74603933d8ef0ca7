package app.coulisse.highlight.ui;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.core.DomainException;
import app.coulisse.core.Messages;
import app.coulisse.dance.DanceService;
import app.coulisse.highlight.Highlight;
import app.coulisse.highlight.HighlightService;
import app.coulisse.highlight.Selection;
import app.coulisse.outline.OutlineService;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    private final transient CastService castService;
    private final transient DanceService danceService;
    private final transient BreakdownService breakdownService;
    private final boolean editable;
    private final Div script = new Div();
    private final Div legend = new Div();
    private HighlightMenu.LastKind last;

    ScriptTagPane(long sceneId, HighlightService highlights, ScriptTextService scriptText, CastService castService,
                  DanceService danceService, BreakdownService breakdownService, OutlineService outlineService) {
        this.sceneId = sceneId;
        this.highlights = highlights;
        this.scriptText = scriptText;
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
        this.editable = outlineService.canChange(sceneId);
        setId("script-tag-pane");
        addClassName("script-tag-pane");
        script.setId("tagging-script");
        script.addClassName("tagging-script");
        script.getElement().setAttribute("data-scene-id", String.valueOf(sceneId));
        legend.setId("highlight-legend");
        legend.addClassName("highlight-legend");
        add(new H3(getTranslation("highlight.pane.title")));
        if (editable) {
            add(new Paragraph(getTranslation("highlight.hint")));
            script.getElement().setAttribute("tabindex", "0");
            script.getElement().addEventListener("mouseup", event -> tagSelection(false))
                    .setFilter("!window.getSelection().isCollapsed");
            script.getElement().addEventListener("keydown", event -> tagSelection(true))
                    .setFilter("(event.key === 't' || event.key === 'T') && !event.ctrlKey && !event.metaKey"
                            + " && !event.altKey");
        }
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
            HighlightedText.of(element.id(), element.text(), shown, this::open).forEach(paragraph::add);
            script.add(paragraph);
        }
        drawLegend(shown);
    }

    private void drawLegend(List<Highlight> shown) {
        legend.removeAll();
        Map<String, String> colours = new LinkedHashMap<>();
        Map<Long, String> categories = new LinkedHashMap<>();
        breakdownService.categories().forEach(category -> categories.put(category.getId(),
                category.displayName(Messages.bundled(), getLocale())));
        for (Highlight highlight : shown) {
            if (highlight.needsCheck()) {
                continue;
            }
            String label = switch (highlight.kind()) {
                case CHARACTER -> getTranslation("highlight.legend.character");
                case DANCE_NUMBER -> getTranslation("highlight.legend.dance-number");
                case ELEMENT -> categories.getOrDefault(highlight.categoryId(), "");
            };
            colours.putIfAbsent(label, HighlightedText.colour(highlight));
        }
        legend.setVisible(!colours.isEmpty());
        if (!colours.isEmpty()) {
            legend.add(new Span(getTranslation("highlight.legend") + ":"));
        }
        colours.forEach((label, colour) -> {
            Span key = new Span(label);
            key.addClassName("highlight-mark");
            key.getStyle().set("--highlight-colour", colour);
            legend.add(key);
        });
    }

    /** On a selection (or T): checks it, then opens the menu, or with T tags it as the last kind at once. */
    private void tagSelection(boolean repeat) {
        SelectionReader.read(script, read -> {
            switch (read) {
                case SelectionReader.Read.Nothing nothing -> {
                    if (repeat) {
                        Notifications.error(getTranslation("highlight.selection.empty"));
                    }
                }
                case SelectionReader.Read.Outside outside ->
                        Notifications.error(getTranslation("highlight.selection.outside"));
                case SelectionReader.Read.Selected selected -> selected(selected.selection(), repeat);
            }
        });
    }

    private void selected(Selection selection, boolean repeat) {
        try {
            String words = highlights.words(selection);
            if (!repeat) {
                menu(getTranslation("highlight.menu.title", words), words,
                        target -> highlights.highlight(selection.startSceneId(), selection, target)).open();
            } else if (last == null) {
                Notifications.error(getTranslation("highlight.repeat.none"));
            } else {
                HighlightMenu menu = menu("", words, target -> highlights.highlight(selection.startSceneId(), selection, target));
                menu.choose(last);
                menu.tagNow();
            }
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
        }
    }

    /** A highlight clicked: its menu retags the same words, or removes the highlight (the tag stays). */
    private void open(Highlight highlight) {
        HighlightMenu menu = menu(getTranslation("highlight.menu.retag", highlight.words(), highlight.name()),
                highlight.words(), target -> highlights.retag(highlight.sceneId(), highlight.id(), target));
        if (editable) {
            menu.withRemove(() -> {
                highlights.remove(highlight.sceneId(), highlight.id());
                Notifications.success(getTranslation("highlight.removed"));
                refresh();
            }).open();
        }
    }

    private HighlightMenu menu(String title, String words, HighlightMenu.Tagger tagger) {
        return new HighlightMenu(title, words, castService, danceService, breakdownService, tagger, kind -> {
            last = kind;
            refresh();
        });
    }
}
