package app.coulisse.screenplay;

import java.util.Locale;
import java.util.regex.Pattern;

/** Reads a dialogue cue such as {@code GENEVIÈVE (V.O.) (CONT'D)}: who speaks, and whether only as a voice. */
final class CharacterCue {

    private static final Pattern EXTENSIONS = Pattern.compile("(\\s*\\([^()]*\\))+\\s*$");
    private static final Pattern VOICE_OVER = Pattern.compile("\\(\\s*V\\.?\\s*O\\.?\\s*\\)", Pattern.CASE_INSENSITIVE);

    private CharacterCue() {
    }

    /** The character's name: extensions and the dual-dialogue caret removed, upper case, trimmed. */
    static String name(String cue) {
        return withoutExtensions(cue).toUpperCase(Locale.ROOT);
    }

    /** The cue as written, without its extensions and dual-dialogue caret. */
    static String withoutExtensions(String cue) {
        String withoutCaret = cue.strip().replaceFirst("\\^$", "");
        return EXTENSIONS.matcher(withoutCaret).replaceFirst("").strip();
    }

    static boolean isVoiceOver(String cue) {
        return VOICE_OVER.matcher(cue).find();
    }
}
