package app.coulisse.screenplay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A scene's script body (action, cues, dialogue) reduced to a SHA-256: two imports of the same words give the same
 * fingerprint whatever the spacing, case or line breaks, and any changed word of dialogue gives another.
 */
final class ScriptFingerprint {

    private ScriptFingerprint() {
    }

    /** An element as the fingerprint reads it: its kind and its words, case and spacing folded. */
    static String normalized(ElementType type, String text) {
        return type.name() + ':' + (text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    static String of(ParsedScene scene) {
        StringBuilder text = new StringBuilder();
        for (ScriptElement element : scene.elements()) {
            text.append(normalized(element.type(), element.text())).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JVM", e);
        }
    }
}
