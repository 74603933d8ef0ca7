package app.coulisse.screenplay;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Removes Fountain's {@code *italic*}, {@code **bold**}, {@code ***bold italic***} and {@code _underline_} markers.
 * One pass over the text with a stack per marker, so the time is linear in the text whatever it holds (a regular
 * expression with a lazy body rescans the rest of the line for every unclosed opener: quadratic).
 */
final class FountainEmphasis {

    private static final char ESCAPED_STAR = '\uE002';
    private static final char ESCAPED_UNDERSCORE = '\uE003';
    // Marker kinds: 0 = _, 1..3 = that many stars.
    private static final int KINDS = 4;

    private FountainEmphasis() {
    }

    /**
     * The text without emphasis markers; escaped {@code \*} and {@code \_} stay as plain characters. A marker opens
     * before a non-space and closes after one, pairs with the nearest open marker of the same kind, and never
     * spans lines; emphasis nests ({@code **bold *and italic* bold**}).
     */
    static String strip(String text) {
        if (text.indexOf('*') < 0 && text.indexOf('_') < 0) {
            return text;
        }
        String escaped = text.replace("\\*", String.valueOf(ESCAPED_STAR))
                .replace("\\_", String.valueOf(ESCAPED_UNDERSCORE));
        int length = escaped.length();
        boolean[] removed = new boolean[length];
        @SuppressWarnings("unchecked")
        Deque<int[]>[] open = new Deque[KINDS];
        for (int kind = 0; kind < KINDS; kind++) {
            open[kind] = new ArrayDeque<>();
        }
        int i = 0;
        while (i < length) {
            char c = escaped.charAt(i);
            if (c == '\n') {
                for (Deque<int[]> stack : open) {
                    stack.clear();
                }
                i++;
                continue;
            }
            if (c != '*' && c != '_') {
                i++;
                continue;
            }
            int run = 1;
            if (c == '*') {
                while (i + run < length && escaped.charAt(i + run) == '*' && run < 3) {
                    run++;
                }
            }
            int kind = c == '_' ? 0 : run;
            boolean canClose = i > 0 && !Character.isWhitespace(escaped.charAt(i - 1));
            boolean canOpen = i + run < length && !Character.isWhitespace(escaped.charAt(i + run));
            if (canClose && !open[kind].isEmpty()) {
                int[] opener = open[kind].pop();
                for (int k = 0; k < run; k++) {
                    removed[opener[0] + k] = true;
                    removed[i + k] = true;
                }
            } else if (canOpen) {
                open[kind].push(new int[] {i});
            }
            i += run;
        }
        StringBuilder result = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            if (!removed[k]) {
                char ch = escaped.charAt(k);
                result.append(ch == ESCAPED_STAR ? '*' : ch == ESCAPED_UNDERSCORE ? '_' : ch);
            }
        }
        return result.toString();
    }
}
