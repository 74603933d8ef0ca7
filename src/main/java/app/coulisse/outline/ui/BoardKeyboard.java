package app.coulisse.outline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The board's keyboard: a focused card (Tab reaches every card) moves with Alt+arrows, opens with Enter and gets a
 * new scene after it with N; {@code ?} anywhere on the board opens the list of these keys. Only those keys are
 * taken from the browser (Alt+Left would otherwise go back a page); every other key works as usual.
 */
final class BoardKeyboard {

    /** What a key asks the board to do with the focused card's scene. */
    enum Action { UP, DOWN, PREVIOUS_ACT, NEXT_ACT, INSERT_AFTER, OPEN }

    /** Key (as the browser's {@code event.key} names it) and whether Alt is held, to action. */
    private static final Map<String, Action> WITH_ALT = Map.of("ArrowUp", Action.UP, "ArrowDown", Action.DOWN,
            "ArrowLeft", Action.PREVIOUS_ACT, "ArrowRight", Action.NEXT_ACT);
    private static final Map<String, Action> PLAIN = Map.of("n", Action.INSERT_AFTER, "N", Action.INSERT_AFTER,
            "Enter", Action.OPEN);

    /** The keys the help dialog lists, with the bundle key that says what each does. */
    static final List<Map.Entry<String, String>> HELP = List.of(
            Map.entry("Tab / Shift+Tab", "board.keys.focus"),
            Map.entry("Alt+↑", "board.keys.up"),
            Map.entry("Alt+↓", "board.keys.down"),
            Map.entry("Alt+←", "board.keys.previous-act"),
            Map.entry("Alt+→", "board.keys.next-act"),
            Map.entry("N", "board.keys.insert-after"),
            Map.entry("Enter", "board.keys.open"),
            Map.entry("?", "board.keys.help"));

    /** The browser-side filter of the card keys (Flow reports it back in the event data). */
    static final String ON_CARD = "event.target === element && ("
            + "(event.altKey && ['ArrowUp','ArrowDown','ArrowLeft','ArrowRight'].includes(event.key)) "
            + "|| (!event.altKey && !event.ctrlKey && !event.metaKey && ['n','N','Enter'].includes(event.key)))"
            + " && (event.preventDefault(), true)";
    /** The browser-side filter of the help key. */
    static final String HELP_KEY = "event.key === '?' && !['INPUT','TEXTAREA'].includes(event.target.tagName)"
            + " && !(event.composedPath()[0] && ['INPUT','TEXTAREA'].includes(event.composedPath()[0].tagName))";

    private BoardKeyboard() {
    }

    /** Makes a card focusable and hands its keys, as actions, to {@code handler}. */
    static void onCard(Component card, Consumer<Action> handler) {
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("aria-keyshortcuts", "Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight N Enter");
        card.getElement().addEventListener("keydown", event -> {
            String key = event.getEventData().get("event.key").asString();
            boolean alt = event.getEventData().get("event.altKey").asBoolean();
            Action action = alt ? WITH_ALT.get(key) : PLAIN.get(key);
            if (action != null) {
                handler.accept(action);
            }
        }).addEventData("event.key").addEventData("event.altKey").setFilter(ON_CARD);
    }

    /** Opens the help dialog when {@code ?} is typed anywhere on the board outside a text field. */
    static void helpOn(Component board) {
        board.getElement().addEventListener("keydown", event -> openHelp()).setFilter(HELP_KEY);
    }

    /** Asks the browser to focus the card again after the board was redrawn, so moves chain. */
    static void focus(Component card) {
        card.getElement().executeJs("this.focus()");
    }

    /** The dialog listing the board's keys. */
    static Dialog openHelp() {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog(ui.getTranslation("board.keys.title"));
        dialog.setId("board-keys-help");
        Div list = new Div();
        list.addClassName("board-keys");
        for (Map.Entry<String, String> entry : HELP) {
            Span key = new Span(entry.getKey());
            key.addClassName("board-key");
            Div line = new Div(key, new Span(ui.getTranslation(entry.getValue())));
            line.addClassName("board-keys-line");
            list.add(line);
        }
        Button close = new Button(ui.getTranslation("action.close"), event -> dialog.close());
        close.setId("board-keys-close");
        dialog.add(list);
        dialog.getFooter().add(close);
        dialog.open();
        close.focus();
        return dialog;
    }
}
