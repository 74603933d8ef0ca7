package app.coulisse.screenplay;

import java.util.Locale;
import java.util.regex.Pattern;

/** Reads a dialogue cue such as {@code GENEVIÈVE (V.O.) (CONT'D)}: who speaks, and whether only as a voice. */
final class CharacterCue {

    private static final Pattern VOICE_OVER = Pattern.compile("\\(\\s*V\\.?\\s*O\\.?\\s*\\)", Pattern.CASE_INSENSITIVE);

    private CharacterCue() {
    }

    /** The character's name: extensions and the dual-dialogue caret removed, upper case, spaces folded (record 003). */
    static String name(String cue) {
        return withoutExtensions(cue).toUpperCase(Locale.ROOT);
    }

    /**
     * The cue as written, without its trailing {@code (…)} extensions and dual-dialogue caret. Walks back from the
     * end once: a chain of thousands of extensions costs its length, not a recursion per extension.
     */
    static String withoutExtensions(String cue) {
        String text = Spaces.fold(cue);
        if (text.endsWith("^")) {
            text = text.substring(0, text.length() - 1);
        }
        int end = text.length();
        while (true) {
            int close = end;
            while (close > 0 && Character.isWhitespace(text.charAt(close - 1))) {
                close--;
            }
            if (close == 0 || text.charAt(close - 1) != ')') {
                break;
            }
            int open = close - 2;
            while (open >= 0 && text.charAt(open) != '(' && text.charAt(open) != ')') {
                open--;
            }
            if (open < 0 || text.charAt(open) != '(') {
                break;
            }
            end = open;
        }
        return text.substring(0, end).strip();
    }

    static boolean isVoiceOver(String cue) {
        return VOICE_OVER.matcher(cue).find();
    }
}
