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

    static String of(ParsedScene scene) {
        StringBuilder text = new StringBuilder();
        for (ScriptElement element : scene.elements()) {
            text.append(element.type().name()).append(':')
                    .append(element.text() == null ? "" : element.text().strip().replaceAll("\\s+", " ")
                            .toLowerCase(Locale.ROOT))
                    .append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JVM", e);
        }
    }
}
