package app.coulisse.revision;

import app.coulisse.outline.ChangeKind;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneChanged;
import app.coulisse.outline.SceneField;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every {@link SceneChanged} into the scene's history, in the transaction of the change. Once the episode's
 * numbers are locked, an edit of a heading part, the length or the synopsis, an omit and a restore count in the
 * current revision (record 027); tags never do.
 */
@Component
class SceneHistoryRecorder {

    private final OutlineService outlineService;
    private final EpisodeRevisions revisions;
    private final SceneChangeRepository changes;

    SceneHistoryRecorder(OutlineService outlineService, EpisodeRevisions revisions, SceneChangeRepository changes) {
        this.outlineService = outlineService;
        this.revisions = revisions;
        this.changes = changes;
    }

    /** The revision of the import running on this thread, if one is. */
    private final ThreadLocal<Revision> importing = new ThreadLocal<>();

    @EventListener
    void on(SceneChanged change) {
        Scene scene = outlineService.scene(change.sceneId());
        Revision imported = importing.get();
        if (imported != null) {
            ChangeKind kind = change.kind() == ChangeKind.EDIT ? ChangeKind.IMPORT : change.kind();
            changes.save(new SceneChange(scene, kind, change.field(), change.before(), change.after(), imported));
            return;
        }
        Revision revision = scene.getEpisode().isNumbersLocked() && change.revises()
                ? revisions.currentRow(scene.getEpisode()) : null;
        changes.save(new SceneChange(scene, change.kind(), change.field(), change.before(), change.after(), revision));
    }

    /** Runs an import's writes with every change they cause counted in its revision. */
    <T> T within(Revision revision, Supplier<T> writes) {
        Revision outer = importing.get();
        importing.set(revision);
        try {
            return writes.get();
        } finally {
            importing.set(outer);
        }
    }

    /** Writes a change that counts in a given revision (the revise import's). */
    SceneChange record(Scene scene, ChangeKind kind, SceneField field, String before, String after, Revision revision) {
        return changes.save(new SceneChange(scene, kind, field, before, after, revision));
    }
}
