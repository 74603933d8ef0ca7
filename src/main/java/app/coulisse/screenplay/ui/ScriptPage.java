package app.coulisse.screenplay.ui;

import app.coulisse.outline.Scene;
import app.coulisse.screenplay.ElementType;
import app.coulisse.screenplay.StoredElement;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;

/**
 * Scenes laid out as a screenplay (record 049): Courier, the standard indents of cues, parentheticals, dialogue and
 * transitions, the scene number in both margins, OMITTED scenes as such, the revision asterisk in the right margin
 * of each element the current revision changed, dual dialogue side by side. Every text is set as text, never as
 * HTML. Each element carries its id ({@code data-element-id}) and each scene block its scene's
 * ({@code data-scene-id}), for what marks or selects words on them.
 */
class ScriptPage extends Div {

    ScriptPage() {
        addClassName("script-page");
    }

    /** Adds a scene: its stored text (empty: heading only, with a note), marked against the current revision. */
    Div addScene(Scene scene, List<StoredElement> text, Long currentRevisionId, Component... actions) {
        Div block = new Div();
        block.addClassName("script-scene");
        block.setId("script-scene-" + scene.getId());
        block.getElement().setAttribute("data-scene-id", String.valueOf(scene.getId()));
        String heading = scene.isOmitted() ? getTranslation("screenplay.reader.omitted")
                : !text.isEmpty() && text.getFirst().type() == ElementType.HEADING ? text.getFirst().text()
                : scene.heading();
        Div headingLine = line("script-heading", heading, scene.getId() + "-heading");
        headingLine.addComponentAsFirst(number("script-number-left", scene.getNumber()));
        headingLine.add(number("script-number-right", scene.getNumber()));
        if (!scene.isOmitted() && !text.isEmpty() && text.getFirst().revisedIn(currentRevisionId)) {
            headingLine.addClassName("revised");
        }
        block.add(headingLine);
        if (actions.length > 0) {
            Div bar = new Div(actions);
            bar.addClassName("script-scene-actions");
            block.add(bar);
        }
        if (scene.isOmitted()) {
            block.addClassName("omitted");
        } else if (text.isEmpty()) {
            Div none = line("script-none", getTranslation("screenplay.reader.no-text"), scene.getId() + "-none");
            block.add(none);
        } else {
            addBody(block, text.subList(text.getFirst().type() == ElementType.HEADING ? 1 : 0, text.size()),
                    currentRevisionId);
        }
        add(block);
        return block;
    }

    /** The body in order; a run of dual dialogue goes in two columns, split at its second cue. */
    private static void addBody(Div block, List<StoredElement> body, Long currentRevisionId) {
        int i = 0;
        while (i < body.size()) {
            if (!body.get(i).dualDialogue()) {
                block.add(element(body.get(i++), currentRevisionId));
                continue;
            }
            Div dual = new Div();
            dual.addClassName("script-dual");
            Div side = side(dual);
            int cues = 0;
            for (; i < body.size() && body.get(i).dualDialogue(); i++) {
                if (body.get(i).type() == ElementType.CHARACTER && ++cues == 2) {
                    side = side(dual);
                }
                side.add(element(body.get(i), currentRevisionId));
            }
            block.add(dual);
        }
    }

    private static Div side(Div dual) {
        Div side = new Div();
        side.addClassName("script-dual-side");
        dual.add(side);
        return side;
    }

    private static Div element(StoredElement element, Long currentRevisionId) {
        Div line = line("script-" + element.type().name().toLowerCase(Locale.ROOT).replace('_', '-'), element.text(),
                "element-" + element.id());
        line.getElement().setAttribute("data-element-id", String.valueOf(element.id()));
        if (element.revisedIn(currentRevisionId)) {
            line.addClassName("revised");
        }
        return line;
    }

    private static Div line(String kind, String text, String id) {
        Div line = new Div(new Span(text));
        line.addClassNames("script-line", kind);
        line.setId("script-" + id);
        return line;
    }

    private static Span number(String side, String number) {
        Span span = new Span(number);
        span.addClassName(side);
        return span;
    }
}
