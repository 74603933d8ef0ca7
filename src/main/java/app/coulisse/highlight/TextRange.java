package app.coulisse.highlight;

/**
 * Characters {@code [start, end)} of one stored script element's text: where a tag's words are.
 *
 * @param elementId the stored script element
 * @param start     the first character, from 0
 * @param end       one past the last character
 */
public record TextRange(long elementId, int start, int end) {

    public TextRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative range " + start + ".." + end);
        }
    }
}
