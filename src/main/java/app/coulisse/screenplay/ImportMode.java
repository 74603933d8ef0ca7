package app.coulisse.screenplay;

/** What an import does to the scenes the episode already has. */
public enum ImportMode {
    /** Keep them and add the file's scenes after them (the default). */
    APPEND,
    /** Delete them first; only while the episode's scene numbers are not locked. */
    REPLACE,
    /** Match the file's scenes to them and apply it as the next revision, tags kept (record 027). */
    REVISE
}
