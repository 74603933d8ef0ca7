package app.coulisse.screenplay;

/** Where a scene is set as its heading says: inside, outside, or both. */
public enum InteriorExterior {
    INT, EXT, INT_EXT
}
