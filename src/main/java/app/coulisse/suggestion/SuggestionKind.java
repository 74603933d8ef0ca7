package app.coulisse.suggestion;

/** What a suggestion would tag in its scene. */
public enum SuggestionKind {
    /** A character of the cast, as a non-speaking appearance (speakers are tagged by the import itself). */
    CHARACTER,
    /** A dance number performed in the scene. */
    DANCE_NUMBER,
    /** A breakdown element of a category: one of the catalog, or a new one named by the script. */
    ELEMENT
}
