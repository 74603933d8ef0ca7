package app.coulisse.screenplay;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scene's length in eighths of a page: read from Final Draft's {@code Length}, or estimated from the text.
 * The estimate rule is recorded in {@code docs/decisions/004-screenplay-length-estimate.md}.
 */
final class SceneLength {

    static final int LINES_PER_PAGE = 55;
    static final int ACTION_WIDTH = 61;
    static final int DIALOGUE_WIDTH = 35;
    static final int PARENTHETICAL_WIDTH = 25;

    private static final Pattern PAGES_AND_EIGHTHS = Pattern.compile("^\\s*(?:(\\d+)\\s+)?(\\d+)\\s*/\\s*8\\s*$");
    private static final Pattern WHOLE_PAGES = Pattern.compile("^\\s*(\\d+)\\s*$");

    private SceneLength() {
    }

    /** Reads {@code "1 5/8"}, {@code "13/8"}, {@code "2/8"} or {@code "3"}; empty for anything else or zero. */
    static OptionalInt parseEighths(String length) {
        if (length == null) {
            return OptionalInt.empty();
        }
        Matcher fraction = PAGES_AND_EIGHTHS.matcher(length);
        Matcher whole = WHOLE_PAGES.matcher(length);
        int eighths;
        if (fraction.matches()) {
            int pages = fraction.group(1) == null ? 0 : Integer.parseInt(fraction.group(1));
            eighths = pages * 8 + Integer.parseInt(fraction.group(2));
        } else if (whole.matches()) {
            eighths = Integer.parseInt(whole.group(1)) * 8;
        } else {
            return OptionalInt.empty();
        }
        return eighths > 0 ? OptionalInt.of(eighths) : OptionalInt.empty();
    }

    /** Estimates eighths from printed lines: heading and body wrapped, 55 lines a page, rounded up, at least 1/8. */
    static int estimateEighths(String heading, List<ScriptElement> elements) {
        int lines = printedLines(heading, elements);
        return Math.max(1, (lines * 8 + LINES_PER_PAGE - 1) / LINES_PER_PAGE);
    }

    /** Lines the scene takes on paper: each block followed by one blank line; a cue and its speech are one block. */
    static int printedLines(String heading, List<ScriptElement> elements) {
        int lines = wrappedLines(heading, ACTION_WIDTH) + 1;
        ElementType previous = null;
        for (ScriptElement element : elements) {
            int width = width(element.type());
            if (width == 0) {
                continue;
            }
            boolean continuesSpeech = (element.type() == ElementType.DIALOGUE
                    || element.type() == ElementType.PARENTHETICAL
                    || element.type() == ElementType.LYRICS)
                    && isSpeech(previous);
            if (!continuesSpeech) {
                lines++;
            }
            lines += wrappedLines(element.text(), width);
            previous = element.type();
        }
        return lines;
    }

    private static boolean isSpeech(ElementType type) {
        return type == ElementType.CHARACTER || type == ElementType.DIALOGUE
                || type == ElementType.PARENTHETICAL || type == ElementType.LYRICS;
    }

    private static int width(ElementType type) {
        return switch (type) {
            case NOTE, PAGE_BREAK -> 0;
            case DIALOGUE, LYRICS, CHARACTER -> DIALOGUE_WIDTH;
            case PARENTHETICAL -> PARENTHETICAL_WIDTH;
            default -> ACTION_WIDTH;
        };
    }

    /** Greedy word wrap; a word longer than the width is cut. Each line of the text wraps on its own. */
    static int wrappedLines(String text, int width) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += wrappedLinesOfOneLine(line.strip(), width);
        }
        return lines;
    }

    // The \\s of regular expressions: words are split where the old split("\\s+") split them.
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int wrappedLinesOfOneLine(String line, int width) {
        int lines = 1;
        int used = 0;
        int i = 0;
        while (i < line.length()) {
            if (isSpace(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && !isSpace(line.charAt(i))) {
                i++;
            }
            int word = i - start;
            if (used > 0 && used + 1 + word <= width) {
                used += 1 + word;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            lines += (word - 1) / width;
            used = (word - 1) % width + 1;
        }
        return lines;
    }
}
