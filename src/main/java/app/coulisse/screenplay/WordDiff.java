package app.coulisse.screenplay;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A scene text's change word by word (record 049), as the revise preview and the scene history show it: removed
 * words in {@code [-…-]}, added ones in {@code {+…+}}, unchanged runs cut to a few words of context around each
 * change. Plain Java over java-diff-utils.
 */
final class WordDiff {

    /** Unchanged words kept on each side of a change. */
    static final int CONTEXT = 3;
    /** The longest description kept: the scene history stores at most this much. */
    static final int MAX_LENGTH = 2000;

    private WordDiff() {
    }

    /** The word diff of two texts, or an empty string when they have the same words. */
    static String of(String before, String after) {
        List<String> from = words(before);
        List<String> to = words(after);
        List<String> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            context(out, from.subList(at, start), at == 0);
            if (!delta.getSource().getLines().isEmpty()) {
                out.add("[-" + String.join(" ", delta.getSource().getLines()) + "-]");
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                out.add("{+" + String.join(" ", delta.getTarget().getLines()) + "+}");
            }
            at = start + delta.getSource().size();
        }
        if (out.isEmpty()) {
            return "";
        }
        List<String> tail = from.subList(at, from.size());
        out.addAll(tail.subList(0, Math.min(CONTEXT, tail.size())));
        if (tail.size() > CONTEXT) {
            out.add("…");
        }
        String diff = String.join(" ", out);
        return diff.length() > MAX_LENGTH ? diff.substring(0, MAX_LENGTH - 1) + "…" : diff;
    }

    /** The unchanged words between two changes: all when few, else the ends with "…" between. */
    private static void context(List<String> out, List<String> same, boolean first) {
        if (same.size() <= (first ? CONTEXT : 2 * CONTEXT)) {
            out.addAll(same);
            return;
        }
        if (!first) {
            out.addAll(same.subList(0, CONTEXT));
        }
        out.add("…");
        out.addAll(same.subList(same.size() - CONTEXT, same.size()));
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }

    /** A scene body as one text for the diff: its elements in order, heading left out. */
    static String body(List<String> elementTexts) {
        return String.join("\n", elementTexts);
    }
}
