package app.coulisse.outline.ui;

import app.coulisse.core.Eighths;
import app.coulisse.core.Messages;
import app.coulisse.outline.Scene;
import app.coulisse.outline.Storyline;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.jsoup.nodes.Element;
import java.util.Objects;

/**
 * One scene's card on the board: number, heading, length, storyline colour bars, synopsis, the other features'
 * badges and (for those who may edit) the controls. Made once per scene and kept: {@link #show} changes only the
 * parts whose text or shape differ from what the card shows, so a push leaves the other cards, the focus and the
 * scroll as they were. Its actions name the scene by id; the board looks up where it is when one is used.
 */
final class SceneCard extends VerticalLayout {

    /** What the board does for a card: open it, a key on it, a card dropped on it, and its controls. */
    interface Board {

        void open(long sceneId);

        void keyed(long sceneId, BoardKeyboard.Action action);

        /** A dragged card dropped on this one: it goes before it. */
        void dropped(long onSceneId, long draggedSceneId);

        /** The controls for a card of this shape. */
        Component controls(long sceneId, Controls shape);
    }

    /** Which controls a card has: moves to the neighbouring acts, delete, and omit or restore. */
    record Controls(boolean previousAct, boolean nextAct, boolean deletable, boolean omitted) {
    }

    /** A storyline's bar, as shown. */
    private record Bar(String label, String colour, String title) {
    }

    /** A badge, as shown. */
    record Badge(String styleName, String text, String fill, String title) {
    }

    private final long sceneId;
    private final boolean editable;
    private final transient Board board;
    private final Div bars = new Div();
    private final Span number = new Span();
    private final Span length = new Span();
    private final Button heading = new Button();
    private final Span synopsis = new Span();
    private final Div badges = new Div();
    private List<Bar> shownBars = List.of();
    private List<Badge> shownBadges = List.of();
    private Controls shownControls;
    private Component controls;

    /**
     * A card for a scene; {@code editable}: the card can be dragged, takes drops and has controls (a writer's card
     * in an act), fixed for the card's life (a change of it makes a new board).
     */
    SceneCard(long sceneId, boolean editable, List<SceneLink> links, long episodeId, Board board) {
        this.sceneId = sceneId;
        this.editable = editable;
        this.board = board;
        addClassName("scene-card");
        setId("scene-" + sceneId);
        setPadding(false);
        setSpacing(false);
        bars.addClassName("storyline-bars");
        number.addClassName("scene-number");
        number.setId("scene-" + sceneId + "-number");
        length.addClassName("scene-length");
        HorizontalLayout top = new HorizontalLayout(number, length);
        top.setWidthFull();
        top.expand(number);
        links.forEach(link -> top.add(new CardButton(link.icon(), link.labelKey(),
                "scene-" + sceneId + "-" + link.idPart(), () -> link.open(episodeId, sceneId))));
        heading.setId("scene-" + sceneId + "-open");
        heading.addClassName("scene-heading");
        heading.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        heading.addClickListener(event -> board.open(sceneId));
        synopsis.addClassName("scene-synopsis");
        badges.addClassName("scene-badges");
        add(top, heading, synopsis);
        BoardKeyboard.onCard(this, action -> board.keyed(sceneId, action));
        if (editable) {
            DragSource.create(this).setDragData(sceneId);
            DropTarget.create(this).addDropListener(event -> event.getDragData()
                    .filter(dragged -> !dragged.equals(sceneId))
                    .ifPresent(dragged -> board.dropped(sceneId, (Long) dragged)));
        }
    }

    long sceneId() {
        return sceneId;
    }

    boolean editable() {
        return editable;
    }

    /** Shows the scene as it is now, touching only what differs; {@code shape} null: no controls. */
    void show(Scene scene, List<Badge> badgesNow, Controls shape) {
        setClassName("omitted", scene.isOmitted());
        setText(number, scene.isOmitted() ? getTranslation("scene.omitted-number", scene.getNumber()) : scene.getNumber());
        setText(length, Eighths.format(scene.getEighths()));
        String headingText = scene.heading(Messages.bundled(), getLocale());
        if (!headingText.equals(heading.getText())) {
            heading.setText(headingText);
        }
        setText(synopsis, scene.getSynopsis() == null ? "" : scene.getSynopsis());
        boolean fromScript = scene.isSynopsisFromScript();
        if (fromScript != synopsis.hasClassName(ScriptSynopsis.STYLE)) {
            synopsis.setClassName(ScriptSynopsis.STYLE, fromScript);
            if (fromScript) {
                synopsis.setTitle(getTranslation(ScriptSynopsis.KEY));
            } else {
                synopsis.getElement().removeAttribute("title");
            }
        }
        showBars(scene.getStorylines().stream()
                .map(storyline -> new Bar(storyline.getLabel(), storyline.getColour(), title(storyline))).toList());
        showBadges(badgesNow);
        showControls(shape);
    }

    /**
     * The bars are decoration, drawn as markup inside one element (escaped by jsoup: the labels are user text) rather than a component each:
     * every component is server state kept per open board (record 039). No storyline: no bar row.
     */
    private void showBars(List<Bar> now) {
        if (now.equals(shownBars)) {
            return;
        }
        StringBuilder markup = new StringBuilder();
        for (Bar shown : now) {
            markup.append(new Element("span").addClass("storyline-bar")
                    .attr("style", "background-color: " + shown.colour()).attr("title", shown.title())
                    .text(shown.label()).outerHtml());
        }
        bars.getElement().setProperty("innerHTML", markup.toString());
        showOnlyIfAny(bars, !now.isEmpty(), 0);
        shownBars = now;
    }

    private void showBadges(List<Badge> now) {
        if (now.equals(shownBadges)) {
            return;
        }
        badges.removeAll();
        showOnlyIfAny(badges, !now.isEmpty(), indexOf(synopsis) + 1);
        for (Badge badge : now) {
            Span span = new Span(badge.text());
            span.addClassName(badge.styleName());
            span.setId("scene-" + sceneId + "-" + badge.styleName());
            span.getElement().setAttribute("title", badge.title());
            BadgeFill.apply(span, badge.fill());
            badges.add(span);
        }
        shownBadges = now;
    }

    /** Adds a row at {@code index} while it has something to show, removes it when empty. */
    private void showOnlyIfAny(Component row, boolean any, int index) {
        if (any && row.getParent().isEmpty()) {
            addComponentAtIndex(index, row);
        } else if (!any && row.getParent().isPresent()) {
            remove(row);
        }
    }

    private void showControls(Controls shape) {
        if (Objects.equals(shape, shownControls)) {
            return;
        }
        if (controls != null) {
            remove(controls);
        }
        controls = shape == null ? null : board.controls(sceneId, shape);
        if (controls != null) {
            add(controls);
        }
        shownControls = shape;
    }

    private static String title(Storyline storyline) {
        return storyline.getLabel() + " — " + storyline.getName();
    }

    /** Sets a text only when it differs: an unchanged card sends nothing to the browser. */
    private static void setText(Span span, String text) {
        if (!text.equals(span.getText())) {
            span.setText(text);
        }
    }
}
