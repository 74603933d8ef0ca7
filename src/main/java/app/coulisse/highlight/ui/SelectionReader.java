package app.coulisse.highlight.ui;

import app.coulisse.highlight.Selection;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Reads the browser's selection inside a script: for each end, the scene ({@code data-scene-id}) and element
 * ({@code data-element-id}) it lies in and its offset in that element's text. A selection ending at the very start
 * of the next element (a triple click) ends at the end of the first. The server checks the result before using it.
 */
final class SelectionReader {

    /** What the browser reported: nothing selected, a selection reaching outside the script text, or a selection. */
    sealed interface Read {
        record Nothing() implements Read {
        }

        record Outside() implements Read {
        }

        record Selected(Selection selection) implements Read {
        }
    }

    /**
     * Evaluated in the browser when the event fires, {@code element} being the script listened on: the selection
     * inside it, as {@link #parse} reads it. Sent with the event itself, so no second round trip is needed.
     */
    static final String SELECTION = """
            ((root) => {
              const sel = window.getSelection();
              if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return '';
              const range = sel.getRangeAt(0);
              const at = (node, offset) => {
                const start = node.nodeType === 1 ? node : node.parentElement;
                const el = start && start.closest('[data-element-id]');
                if (!el || !root.contains(el)) return null;
                const before = document.createRange();
                before.selectNodeContents(el);
                before.setEnd(node, offset);
                const scene = el.closest('[data-scene-id]');
                return {scene: scene ? scene.dataset.sceneId : '-1', el: el, offset: before.toString().length};
              };
              const a = at(range.startContainer, range.startOffset);
              let b = at(range.endContainer, range.endOffset);
              if (!a || !b) return 'outside';
              if (b.el !== a.el && b.offset === 0) {
                b = {scene: a.scene, el: a.el, offset: a.el.textContent.length};
              }
              return [a.scene, a.el.dataset.elementId, a.offset, b.scene, b.el.dataset.elementId, b.offset].join(',');
            })(element)""";

    private SelectionReader() {
    }

    /**
     * Hands what the browser read of the selection inside {@code script} to {@code read} each time {@code eventType}
     * fires there and passes {@code filter}.
     */
    static void onSelection(Component script, String eventType, String filter, Consumer<Read> read) {
        script.getElement().addEventListener(eventType, event -> {
            JsonNode reported = event.getEventData().get(SELECTION);
            read.accept(parse(reported == null || reported.isNull() ? "" : reported.asString()));
        }).addEventData(SELECTION).setFilter(filter);
    }

    /** The browser's report: empty for nothing, "outside", or six comma-separated numbers. */
    static Read parse(String reported) {
        if (reported == null || reported.isEmpty()) {
            return new Read.Nothing();
        }
        return numbers(reported).<Read>map(n -> new Read.Selected(new Selection(n[0], n[1], (int) n[2], n[3], n[4],
                (int) n[5]))).orElseGet(Read.Outside::new);
    }

    private static Optional<long[]> numbers(String reported) {
        String[] parts = reported.split(",");
        if (parts.length != 6) {
            return Optional.empty();
        }
        long[] numbers = new long[6];
        try {
            for (int i = 0; i < 6; i++) {
                numbers[i] = Long.parseLong(parts[i].strip());
            }
        } catch (NumberFormatException notNumbers) {
            return Optional.empty();
        }
        return Optional.of(numbers);
    }
}
