package app.coulisse.screenplay;

import java.util.ArrayList;
import java.util.List;

/**
 * Lifts {@code [[notes]]} out of Fountain text before it is split into blocks, leaving a marker where each note was,
 * because a note may span lines and must not break the block it sits in. Scans by hand rather than with regular
 * expressions so that an unclosed {@code [[} costs one pass, not one pass per opener.
 */
final class FountainNotes {

    static final char MARKER_START = '\uE000';
    static final char MARKER_END = '\uE001';

    private final List<String> notes = new ArrayList<>();

    /** The text with every note replaced by a one-line marker; an unclosed {@code [[} stays as text. */
    String lift(String text) {
        StringBuilder result = new StringBuilder(text.length());
        int from = 0;
        while (true) {
            int open = text.indexOf("[[", from);
            int close = open < 0 ? -1 : text.indexOf("]]", open + 2);
            if (close < 0) {
                result.append(text, from, text.length());
                return result.toString();
            }
            result.append(text, from, open);
            notes.add(tidy(text.substring(open + 2, close)));
            result.append(MARKER_START).append(notes.size() - 1).append(MARKER_END);
            from = close + 2;
        }
    }

    /** A note's text stripped, and each of its lines stripped of spaces and tabs around the line break. */
    private static String tidy(String note) {
        String[] lines = note.strip().split("\n", -1);
        StringBuilder tidy = new StringBuilder(note.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int start = 0;
            int end = line.length();
            if (i > 0) {
                while (start < end && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
                    start++;
                }
                tidy.append('\n');
            }
            if (i < lines.length - 1) {
                while (end > start && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
                    end--;
                }
            }
            tidy.append(line, start, end);
        }
        return tidy.toString();
    }

    /** The notes whose markers sit in the line, in order. */
    List<String> notesIn(String line) {
        if (line.indexOf(MARKER_START) < 0) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        int from = 0;
        int start;
        while ((start = line.indexOf(MARKER_START, from)) >= 0) {
            int end = line.indexOf(MARKER_END, start);
            if (end < 0) {
                break;
            }
            found.add(notes.get(Integer.parseInt(line, start + 1, end, 10)));
            from = end + 1;
        }
        return found;
    }

    /** The line without note markers and the spaces or tabs just before each. */
    static String withoutMarkers(String line) {
        if (line.indexOf(MARKER_START) < 0) {
            return line;
        }
        StringBuilder result = new StringBuilder(line.length());
        int from = 0;
        int start;
        while ((start = line.indexOf(MARKER_START, from)) >= 0) {
            int end = line.indexOf(MARKER_END, start);
            int kept = start;
            while (kept > from && (line.charAt(kept - 1) == ' ' || line.charAt(kept - 1) == '\t')) {
                kept--;
            }
            result.append(line, from, kept);
            from = end + 1;
        }
        result.append(line, from, line.length());
        return result.toString();
    }
}
