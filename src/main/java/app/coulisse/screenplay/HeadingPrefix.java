package app.coulisse.screenplay;

import java.util.Locale;

/**
 * The INT/EXT prefix of a scene heading, read by hand in one pass: {@code INT.}, {@code EXT.}, {@code EST.} and the
 * both-ways spellings writers use in either order, {@code INT./EXT.}, {@code INT/EXT}, {@code EXT/INT.},
 * {@code EXT./INT.}, {@code I/E}, {@code E/I}, in any case (record 003).
 *
 * @param interiorExterior what the prefix says
 * @param end              the index just after the prefix (and its period)
 * @param period           true when the prefix ends with a period ({@code INT.}), which may touch the set
 */
record HeadingPrefix(InteriorExterior interiorExterior, int end, boolean period) {

    /** The prefix that starts the text, or {@code null} when it starts with none (INTERIOR, EXTRA, I. M. PEI). */
    static HeadingPrefix read(String text) {
        int firstEnd = letters(text, 0);
        String first = text.substring(0, firstEnd).toUpperCase(Locale.ROOT);
        int i = firstEnd;
        boolean period = i < text.length() && text.charAt(i) == '.';
        if (period) {
            i++;
        }
        String second = null;
        if (i < text.length() && text.charAt(i) == '/') {
            int secondEnd = letters(text, i + 1);
            second = text.substring(i + 1, secondEnd).toUpperCase(Locale.ROOT);
            i = secondEnd;
            period = i < text.length() && text.charAt(i) == '.';
            if (period) {
                i++;
            }
        }
        InteriorExterior interiorExterior = second == null ? single(first) : pair(first, second);
        boolean ends = i == text.length() || period || Spaces.isSpace(text.charAt(i));
        return interiorExterior == null || !ends ? null : new HeadingPrefix(interiorExterior, i, period);
    }

    private static int letters(String text, int from) {
        int i = from;
        while (i < text.length() && i - from < 3 && isAsciiLetter(text.charAt(i))) {
            i++;
        }
        return i < text.length() && isAsciiLetter(text.charAt(i)) ? from : i;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static InteriorExterior single(String word) {
        return switch (word) {
            case "INT" -> InteriorExterior.INT;
            case "EXT", "EST" -> InteriorExterior.EXT;
            default -> null;
        };
    }

    private static InteriorExterior pair(String first, String second) {
        boolean interiorFirst = (first.equals("INT") || first.equals("I")) && (second.equals("EXT") || second.equals("E"));
        boolean exteriorFirst = (first.equals("EXT") || first.equals("E")) && (second.equals("INT") || second.equals("I"));
        return interiorFirst || exteriorFirst ? InteriorExterior.INT_EXT : null;
    }
}
