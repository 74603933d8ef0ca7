package app.coulisse.suggestion;

/**
 * A tag the engine proposes for a scene, with the line that made it.
 *
 * @param kind       what it would tag
 * @param targetId   the catalog character, dance number or element it names, or {@code null} for a new element
 * @param name       the name to show and to create a new element with
 * @param categoryId the element's category (guessed for a new one), or {@code null} when none could be guessed
 * @param key        the folded name: one suggestion per kind and key in a scene, and how a later import finds a
 *                   rejected one
 * @param evidence   the line of the script it was read from, as written
 * @param start      where the words start in {@code evidence}
 * @param end        where they end (exclusive)
 */
record Candidate(SuggestionKind kind, Long targetId, String name, Long categoryId, String key, String evidence,
                 int start, int end) {
}
