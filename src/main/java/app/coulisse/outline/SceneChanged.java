package app.coulisse.outline;

import java.util.Set;

/**
 * A change to one scene, published inside the transaction that makes it, so the scene's history (feature
 * {@code revision}) records it without the outline, the cast or the breakdown knowing about history. Any feature
 * that changes something of a scene publishes one (a scene note can be a new kind).
 *
 * @param sceneId the scene
 * @param kind    what happened: {@link #EDIT}, {@link #TAG}, {@link #UNTAG}, {@link #IMPORT}, {@link #OMIT},
 *                {@link #RESTORE} or another feature's kind
 * @param field   what changed (an edited field such as {@code synopsis}, or the tag's kind: {@code cast}), or null
 * @param before  the value before, as text, or null
 * @param after   the value after, as text, or null
 */
public record SceneChanged(long sceneId, String kind, String field, String before, String after) {

    public static final String EDIT = "EDIT";
    public static final String TAG = "TAG";
    public static final String UNTAG = "UNTAG";
    public static final String IMPORT = "IMPORT";
    public static final String OMIT = "OMIT";
    public static final String RESTORE = "RESTORE";

    /** The edited fields a revision counts once numbers are locked: the heading parts, the length, the synopsis. */
    public static final Set<String> REVISED_FIELDS = Set.of("intExt", "set", "timeOfDay",
            "eighths", "synopsis");
}
