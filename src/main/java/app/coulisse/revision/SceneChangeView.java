package app.coulisse.revision;

import app.coulisse.outline.ChangeKind;
import app.coulisse.outline.SceneChanged;
import app.coulisse.outline.SceneField;
import java.time.Instant;

/**
 * One entry of a scene's history, flattened for the editor, the workbook's Changes sheet and the API; the kind and
 * the field by their stored names ({@link ChangeKind#stored()}, {@link SceneField#stored()}).
 *
 * @param revisionName the name of the revision the change counts in, or null
 * @param revisionHex  its fill, or null
 */
public record SceneChangeView(long id, long sceneId, String sceneNumber, String kind, String field, String before,
                              String after, String revisionName, String revisionHex, String who, Instant when) {

    /** The revision the change counts in, or null. */
    public RevisionColour revision() {
        return revisionName == null ? null : new RevisionColour(revisionName, revisionHex);
    }

    /** Whether a restore can write {@link #before} back: an edit of a heading part, the length or the synopsis. */
    public boolean restorable() {
        SceneField edited = SceneField.fromStored(field);
        return SceneChanged.restorable(ChangeKind.fromStored(kind), edited) && (before != null
                || edited != SceneField.EIGHTHS && edited != SceneField.INT_EXT && edited != SceneField.TIME_OF_DAY);
    }
}
