package app.coulisse.screenplay;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lifts {@code [[notes]]} out of Fountain text before it is split into blocks, leaving a marker where each note was,
 * because a note may span lines and must not break the block it sits in.
 */
final class FountainNotes {

    private static final Pattern NOTE = Pattern.compile("\\[\\[(.*?)]]", Pattern.DOTALL);
    private static final Pattern MARKER = Pattern.compile("[ \\t]*\uE000(\\d+)\uE001");

    private final List<String> notes = new ArrayList<>();

    /** The text with every note replaced by a one-line marker. */
    String lift(String text) {
        return NOTE.matcher(text).replaceAll(note -> {
            notes.add(note.group(1).strip().replaceAll("[ \\t]*\n[ \\t]*", "\n"));
            return "\uE000" + (notes.size() - 1) + "\uE001";
        });
    }

    /** The notes whose markers sit in the line, in order. */
    List<String> notesIn(String line) {
        List<String> found = new ArrayList<>();
        Matcher marker = MARKER.matcher(line);
        while (marker.find()) {
            found.add(notes.get(Integer.parseInt(marker.group(1))));
        }
        return found;
    }

    static String withoutMarkers(String line) {
        return MARKER.matcher(line).replaceAll("");
    }
}
