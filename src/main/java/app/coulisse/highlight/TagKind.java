package app.coulisse.highlight;

/** What a highlight tags: a character's appearance, a dance number performed, or an element of a category. */
public enum TagKind {
    CHARACTER, DANCE_NUMBER, ELEMENT
}
