package app.coulisse.screenplay;

/**
 * Folds every Unicode space of a name, cue or heading into one plain space: a cue typed with a no-break space
 * ("WILL" + U+00A0), a thin space or an ideographic space names the same character as the plain one. Zero-width
 * characters are dropped. {@link String#strip()} alone keeps U+00A0, U+2007 and U+202F.
 */
final class Spaces {

    private Spaces() {
    }

    /** The text with every run of spaces as one plain space, zero-width characters dropped, and no space at either end. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = !folded.isEmpty();
            } else if (!isZeroWidth(c)) {
                if (pendingSpace) {
                    folded.append(' ');
                    pendingSpace = false;
                }
                folded.append(c);
            }
        }
        return folded.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }
}
