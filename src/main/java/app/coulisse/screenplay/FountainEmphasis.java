package app.coulisse.screenplay;

import java.util.regex.Pattern;

/** Removes Fountain's {@code *italic*}, {@code **bold**}, {@code ***bold italic***} and {@code _underline_} markers. */
final class FountainEmphasis {

    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final char ESCAPED_STAR = '\uE002';
    private static final char ESCAPED_UNDERSCORE = '\uE003';

    private FountainEmphasis() {
    }

    /** The text without emphasis markers; escaped {@code \*} and {@code \_} stay as plain characters. */
    static String strip(String text) {
        String result = text.replace("\\*", String.valueOf(ESCAPED_STAR))
                .replace("\\_", String.valueOf(ESCAPED_UNDERSCORE));
        String previous;
        do { // emphasis nests, e.g. **bold *and italic* bold**
            previous = result;
            result = EMPHASIS.matcher(result).replaceAll("$2");
        } while (!result.equals(previous));
        return result.replace(ESCAPED_STAR, '*').replace(ESCAPED_UNDERSCORE, '_');
    }
}
