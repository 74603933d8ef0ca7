package app.coulisse.outline;

/**
 * A change to one scene, published inside the transaction that makes it, so the scene's history (feature
 * {@code revision}) records it without the outline, the cast or the breakdown knowing about history. Any feature
 * that changes something of a scene publishes one.
 *
 * @param sceneId the scene
 * @param kind    what happened
 * @param field   what changed (an edited field such as {@link SceneField#SYNOPSIS}, or the tag's kind:
 *                {@link SceneField#CAST}), or null
 * @param before  the value before, as text, or null
 * @param after   the value after, as text, or null
 */
public record SceneChanged(long sceneId, ChangeKind kind, SceneField field, String before, String after) {

    /** Whether it revises the scene once the numbers are locked: an edit of a revised field, an omit, a restore. */
    public boolean revises() {
        return revises(kind, field);
    }

    /** The same rule for a change as the history stored it. */
    public static boolean revises(ChangeKind kind, SceneField field) {
        return switch (kind) {
            case EDIT -> field != null && field.isRevised();
            case OMIT, RESTORE -> true;
            default -> false;
        };
    }

    /** Whether a restore can write the value back: an edit of a revised field (a heading part, length, synopsis). */
    public static boolean restorable(ChangeKind kind, SceneField field) {
        return kind == ChangeKind.EDIT && field != null && field.isRevised();
    }
}
