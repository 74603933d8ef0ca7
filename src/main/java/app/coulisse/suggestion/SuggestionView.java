package app.coulisse.suggestion;

/**
 * A suggestion as screens and the API show it.
 *
 * @param id            the suggestion's id, for accept and reject
 * @param sceneId       its scene
 * @param sceneNumber   the scene's number
 * @param kind          character, dance number or element
 * @param status        pending, accepted or rejected
 * @param name          the character's name, the dance number's title or the element's name
 * @param targetId      the catalog entry it names, or {@code null} for a new element
 * @param categoryId    the element's category, or {@code null} (not an element, or none guessed)
 * @param categoryName  that category's stored name, or {@code null}
 * @param evidence      the line of the script it was read from
 * @param evidenceStart where the words start in the line
 * @param evidenceEnd   where they end (exclusive)
 */
public record SuggestionView(long id, long sceneId, String sceneNumber, SuggestionKind kind, SuggestionStatus status,
                             String name, Long targetId, Long categoryId, String categoryName, String evidence,
                             int evidenceStart, int evidenceEnd) {

    /** The line before the words. */
    public String before() {
        return evidence.substring(0, evidenceStart);
    }

    /** The words that made the suggestion. */
    public String words() {
        return evidence.substring(evidenceStart, evidenceEnd);
    }

    /** The line after the words. */
    public String after() {
        return evidence.substring(evidenceEnd);
    }
}
