package app.coulisse.highlight.ui;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.core.DomainException;
import app.coulisse.core.Messages;
import app.coulisse.dance.DanceService;
import app.coulisse.highlight.Highlight;
import app.coulisse.highlight.HighlightService;
import app.coulisse.highlight.Selection;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tagging by highlighting on a script laid out on screen, one behaviour for the scene editor's pane and the episode
 * reader (record 050): a selection opens the menu, T tags a new selection as the last kind again, a highlight
 * clicked opens its menu to retag the words or remove it, and a legend names the colours in use. The script's
 * elements carry {@code data-element-id} inside something carrying {@code data-scene-id}; after a change the scene is
 * handed back to be drawn again. Nothing of it is offered to a user who cannot change the episode.
 */
class HighlightTagging implements Serializable {

    /** Draws a scene's highlights again once they changed. */
    interface Redraw extends Serializable {
        void scene(long sceneId);
    }

    /** The browser sends a mouse release only when it left words selected, and a key only when it is T. */
    static final String ON_SELECTION = "!window.getSelection().isCollapsed";
    static final String ON_T = "(event.key === 't' || event.key === 'T') && !event.ctrlKey && !event.metaKey"
            + " && !event.altKey";

    private final transient HighlightService highlights;
    private final transient CastService castService;
    private final transient DanceService danceService;
    private final transient BreakdownService breakdownService;
    private final boolean editable;
    private final Redraw redraw;
    private HighlightMenu.LastKind last;

    HighlightTagging(HighlightService highlights, CastService castService, DanceService danceService,
                     BreakdownService breakdownService, boolean editable, Redraw redraw) {
        this.highlights = highlights;
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
        this.editable = editable;
        this.redraw = redraw;
    }

    boolean editable() {
        return editable;
    }

    /** Tags what is selected in {@code script} on a mouse release (the menu) or on T (the last kind again). */
    void listenOn(Component script) {
        if (!editable) {
            return;
        }
        script.getElement().setAttribute("tabindex", "0");
        SelectionReader.onSelection(script, "mouseup", ON_SELECTION, read -> tagSelection(read, false));
        SelectionReader.onSelection(script, "keydown", ON_T, read -> tagSelection(read, true));
    }

    /** An element's text with its highlights, each opening its menu on a click when the user may tag. */
    List<Component> marks(long elementId, String text, List<Highlight> shown) {
        return HighlightedText.of(elementId, text, shown, editable ? this::open : null);
    }

    /** Names on {@code legend} the colours of the highlights shown (flagged ones are not drawn); hidden when none. */
    void drawLegend(Div legend, List<Highlight> shown) {
        legend.removeAll();
        List<Highlight> drawn = shown.stream().filter(highlight -> !highlight.needsCheck()).toList();
        legend.setVisible(!drawn.isEmpty());
        if (drawn.isEmpty()) {
            return;
        }
        Map<Long, String> categories = new LinkedHashMap<>();
        breakdownService.categories().forEach(category -> categories.put(category.getId(),
                category.displayName(Messages.bundled(), UI.getCurrent().getLocale())));
        Map<String, String> colours = new LinkedHashMap<>();
        for (Highlight highlight : drawn) {
            String label = switch (highlight.kind()) {
                case CHARACTER -> legend.getTranslation("highlight.legend.character");
                case DANCE_NUMBER -> legend.getTranslation("highlight.legend.dance-number");
                case ELEMENT -> categories.getOrDefault(highlight.categoryId(), "");
            };
            colours.putIfAbsent(label, HighlightedText.colour(highlight));
        }
        legend.add(new Span(legend.getTranslation("highlight.legend")));
        colours.forEach((label, colour) -> {
            Span key = new Span(label);
            key.addClassName("highlight-mark");
            key.getStyle().set("--highlight-colour", colour);
            legend.add(key);
        });
    }

    private void tagSelection(SelectionReader.Read read, boolean repeat) {
        switch (read) {
            case SelectionReader.Read.Nothing nothing -> {
                if (repeat) {
                    Notifications.error(translation("highlight.selection.empty"));
                }
            }
            case SelectionReader.Read.Outside outside -> Notifications.error(translation("highlight.selection.outside"));
            case SelectionReader.Read.Selected selected -> selected(selected.selection(), repeat);
        }
    }

    private void selected(Selection selection, boolean repeat) {
        long sceneId = selection.startSceneId();
        try {
            String words = highlights.words(selection);
            HighlightMenu.Tagger tagger = target -> highlights.highlight(sceneId, selection, target);
            if (!repeat) {
                menu(sceneId, translation("highlight.menu.title", words), words, tagger).open();
            } else if (last == null) {
                Notifications.error(translation("highlight.repeat.none"));
            } else {
                HighlightMenu menu = menu(sceneId, "", words, tagger);
                menu.choose(last);
                menu.tagNow();
            }
        } catch (DomainException refused) {
            Notifications.error(translation(refused.getMessageKey(), refused.getArguments()));
        }
    }

    /** A highlight clicked: its menu retags the same words, or removes the highlight (the tag stays). */
    private void open(Highlight highlight) {
        long sceneId = highlight.sceneId();
        menu(sceneId, translation("highlight.menu.retag", highlight.words(), highlight.name()), highlight.words(),
                target -> highlights.retag(sceneId, highlight.id(), target)).withRemove(() -> {
                    highlights.remove(sceneId, highlight.id());
                    Notifications.success(translation("highlight.removed"));
                    redraw.scene(sceneId);
                }).open();
    }

    private HighlightMenu menu(long sceneId, String title, String words, HighlightMenu.Tagger tagger) {
        return new HighlightMenu(title, words, castService, danceService, breakdownService, tagger, kind -> {
            last = kind;
            redraw.scene(sceneId);
        });
    }

    private static String translation(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
