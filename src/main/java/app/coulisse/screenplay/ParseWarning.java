package app.coulisse.screenplay;

import java.util.List;

/**
 * Something the parser skipped or guessed, for the import preview to show in the user's language.
 *
 * @param key  a key of the {@code i18n/screenplay} translation bundle
 * @param args the message arguments
 */
public record ParseWarning(String key, List<Object> args) {

    public ParseWarning {
        args = List.copyOf(args);
    }

    static ParseWarning of(Kind kind, Object... args) {
        return new ParseWarning(kind.key(), List.of(args));
    }

    /** The warnings the parsers give. */
    public enum Kind {
        CONTENT_BEFORE_FIRST_SCENE, UNCLOSED_BONEYARD, FDX_UNKNOWN_PARAGRAPH, FDX_UNKNOWN_TAG;

        public String key() {
            return "screenplay.warning." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
