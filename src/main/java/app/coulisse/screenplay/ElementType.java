package app.coulisse.screenplay;

/** The kind of a paragraph in a scene's body. */
public enum ElementType {
    ACTION, CHARACTER, DIALOGUE, PARENTHETICAL, TRANSITION, CENTERED, LYRICS, PAGE_BREAK, NOTE, SHOT, GENERAL,
    /** An FDX paragraph type this importer does not know, such as "End Of Act". */
    UNKNOWN,
    /** The scene heading as the file wrote it: never in a parsed scene's body, the first element of a stored text. */
    HEADING;

    /** Whether a scene's stored text keeps this kind: notes and page breaks are left out, as the import always did. */
    boolean isKept() {
        return this != NOTE && this != PAGE_BREAK;
    }
}
