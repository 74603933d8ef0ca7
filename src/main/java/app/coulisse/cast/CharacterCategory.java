package app.coulisse.cast;

/** How big a part is, as casting and the call sheet count it. */
public enum CharacterCategory {
    PRINCIPAL, SUPPORTING, DAY_PLAYER
}
