package app.coulisse.screenplay;

import app.coulisse.outline.StripColour;
import app.coulisse.outline.TimeOfDay;
import java.util.ArrayList;
import java.util.List;

/**
 * A scene heading and its parts, e.g. {@code INT. MBT - JACK'S OFFICE - DAY} or {@code EXT/INT. PARK – NIGHT
 * [FLASHBACK]} (record 003). Read in one pass over the heading, with no regular expression (record 018).
 *
 * @param text             the heading as written, without scene number
 * @param interiorExterior INT, EXT or INT_EXT, or {@code null} when the heading has no such prefix
 * @param set              the story place, e.g. {@code MBT - JACK'S OFFICE}, its parts joined by {@code " - "}
 * @param timeOfDay        the time of day the heading's time words give, or {@code null}
 * @param note             the heading's time part as written when it says more than the time of day
 *                         ({@code NIGHT (1973)}, {@code DAY [FLASHBACK]}, {@code MOMENTS LATER}), or {@code null}
 */
public record SceneHeading(String text, InteriorExterior interiorExterior, String set, TimeOfDay timeOfDay,
                           String note) {

    private static final String SEPARATOR = " - ";

    /** Splits a heading into I/E, set, time of day and the words beside the time of day. */
    public static SceneHeading parse(String text) {
        String written = text.strip();
        String heading = Spaces.fold(written);
        HeadingPrefix prefix = HeadingPrefix.read(heading);
        String rest = prefix == null ? heading : heading.substring(prefix.end()).strip();
        List<Part> parts = Part.split(rest);
        int timeAt = timeAt(parts);
        if (timeAt < 0) {
            return new SceneHeading(written, prefix == null ? null : prefix.interiorExterior(), joined(parts, parts.size()), null, null);
        }
        String timePart = rest.substring(parts.get(timeAt).start());
        TimeOfDay time = TimeWords.in(timePart);
        return new SceneHeading(written, prefix == null ? null : prefix.interiorExterior(), joined(parts, timeAt), time,
                TimeWords.isOnly(time, timePart) ? null : timePart);
    }

    /**
     * Where the time part starts: the last part after the set with a word for day or night, with a CONTINUOUS or
     * LATER part right before it ({@code - LATER - NIGHT}); without one, the last part with a CONTINUOUS or LATER
     * word. What follows is the time's annotation ({@code NIGHT - [THE STORM]}). -1 when no part after the first
     * has a time word: the whole heading is the set.
     */
    private static int timeAt(List<Part> parts) {
        int carried = -1;
        for (int i = parts.size() - 1; i >= 1; i--) {
            TimeOfDay time = parts.get(i).time();
            if (time != null && StripColour.carriesLight(time)) {
                TimeOfDay before = i > 1 ? parts.get(i - 1).time() : null;
                boolean carriedBefore = before != null && !StripColour.carriesLight(before);
                return carriedBefore ? i - 1 : i;
            }
            if (time != null && carried < 0) {
                carried = i;
            }
        }
        return carried;
    }

    private static String joined(List<Part> parts, int end) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            if (!parts.get(i).text().isEmpty()) {
                texts.add(parts.get(i).text());
            }
        }
        return String.join(SEPARATOR, texts);
    }

    /**
     * One part of a heading between separators: a run of dashes (hyphen, en dash, em dash…) with a space on either
     * side, or any run holding an en or em dash, as writers type them ({@code ROOM - NIGHT}, {@code ROOM – NIGHT},
     * {@code ROOM—NIGHT}, {@code BEDSIT- NIGHT}); a hyphen inside a word ({@code PRE-DAWN}, {@code WAL-MART}) is not
     * a separator.
     */
    private record Part(String text, int start, TimeOfDay time) {

        static List<Part> split(String rest) {
            List<Part> parts = new ArrayList<>();
            int start = 0;
            int i = 0;
            while (i < rest.length()) {
                if (!isDash(rest.charAt(i))) {
                    i++;
                    continue;
                }
                int end = i;
                boolean wide = false;
                while (end < rest.length() && isDash(rest.charAt(end))) {
                    wide |= rest.charAt(end) != '-';
                    end++;
                }
                boolean spaced = (i > 0 && rest.charAt(i - 1) == ' ') || (end < rest.length() && rest.charAt(end) == ' ');
                if (wide || spaced) {
                    parts.add(part(rest, start, i));
                    start = end;
                }
                i = end;
            }
            parts.add(part(rest, start, rest.length()));
            return parts;
        }

        private static Part part(String rest, int from, int to) {
            int start = from;
            while (start < to && rest.charAt(start) == ' ') {
                start++;
            }
            String text = rest.substring(start, to).strip();
            return new Part(text, start, TimeWords.in(text));
        }

        private static boolean isDash(char c) {
            return c == '-' || (c >= '\u2012' && c <= '\u2015') || c == '\u2212' || c == '\uFE58' || c == '\uFF0D';
        }
    }
}
