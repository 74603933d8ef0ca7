package app.coulisse.screenplay;

/** The kind of a paragraph in a scene's body. */
public enum ElementType {
    ACTION, CHARACTER, DIALOGUE, PARENTHETICAL, TRANSITION, CENTERED, LYRICS, PAGE_BREAK, NOTE, SHOT, GENERAL,
    /** An FDX paragraph type this importer does not know, such as "End Of Act". */
    UNKNOWN
}
