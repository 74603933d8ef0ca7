package app.coulisse.revision;

import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.outline.ChangeKind;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneChanged;
import app.coulisse.outline.SceneField;
import app.coulisse.outline.SceneFields;
import app.coulisse.season.Episode;
import app.coulisse.season.EpisodeWrite;
import app.coulisse.security.Roles;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every scene's history (who changed what, when, from what to what), a restore of a previous heading part, length
 * or synopsis, what the current revision changed, and the revise import's entries. Record 027.
 */
@Service
@Transactional
public class SceneHistoryService {

    private final OutlineService outlineService;
    private final EpisodeRevisions revisions;
    private final SceneHistoryRecorder recorder;
    private final SceneChangeRepository changes;
    private final RevisionRepository revisionRows;

    SceneHistoryService(OutlineService outlineService, EpisodeRevisions revisions, SceneHistoryRecorder recorder,
                        SceneChangeRepository changes, RevisionRepository revisionRows) {
        this.outlineService = outlineService;
        this.revisions = revisions;
        this.recorder = recorder;
        this.changes = changes;
        this.revisionRows = revisionRows;
    }

    /** A scene's history, newest first; omitted scenes keep theirs. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<SceneChangeView> history(long sceneId) {
        outlineService.scene(sceneId);
        return changes.history(sceneId);
    }

    /** The changes counted in the episode's current revision, in scene order (empty on the original draft). */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<SceneChangeView> currentRevisionChanges(long episodeId) {
        RevisionInfo current = revisions.current(outlineService.board(episodeId).episode());
        return current.id() == null ? List.of() : changes.inRevision(current.id());
    }

    /**
     * Writes back the value a change replaced (heading part, length or synopsis), as an edit of its own; refused
     * with "scene.conflict" when the scene was saved since {@code loadedVersion}.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public Scene restore(@EpisodeWrite(Scene.class) long sceneId, long changeId, long loadedVersion) {
        SceneChange change = changes.findById(changeId)
                .filter(found -> found.getScene().getId() == sceneId)
                .orElseThrow(() -> new NotFoundException("revision.change.not-found", changeId));
        if (!SceneChanged.restorable(change.getKind(), change.getField())) {
            throw new DomainException("revision.restore.not-restorable", SceneField.storedOrNull(change.getField()));
        }
        Scene scene = outlineService.scene(sceneId);
        Scene edited = SceneFields.editableCopy(scene);
        edited.setVersion(loadedVersion);
        SceneFields.restore(edited, change.getField(), change.getBefore());
        return outlineService.saveScene(sceneId, edited);
    }

    /** Starts the revision a revise import marks with ({@link RevisionService#colourForImport}'s rule) and answers it. */
    @PreAuthorize(Roles.CAN_EDIT)
    public RevisionInfo startForImport(@EpisodeWrite(Episode.class) long episodeId) {
        var episode = outlineService.board(episodeId).episode();
        RevisionInfo current = revisions.current(episode);
        return revisions.importReuses(current) ? current : RevisionInfo.of(revisions.start(episode, null));
    }

    /**
     * Runs an import's writes with every scene change they cause counted in the import's revision, edits recorded
     * as {@code IMPORT}; must run inside the import's transaction.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public <T> T markingImport(@EpisodeWrite(Revision.class) long revisionId, Supplier<T> writes) {
        return recorder.within(revisionRows.findById(revisionId)
                .orElseThrow(() -> new NotFoundException("revision.not-found", revisionId)), writes);
    }

    /** Records what a revise import did to a scene, counted in the import's revision ({@code revisionId}). */
    @PreAuthorize(Roles.CAN_EDIT)
    public void recordImport(@EpisodeWrite(Scene.class) long sceneId, @EpisodeWrite(Revision.class) long revisionId, SceneField field, String before, String after) {
        Revision revision = revisionRows.findById(revisionId)
                .orElseThrow(() -> new NotFoundException("revision.not-found", revisionId));
        recorder.record(outlineService.scene(sceneId), ChangeKind.IMPORT, field, before, after, revision);
    }

    /** Records that an import created the scene (no revision: a first import is the original). */
    @PreAuthorize(Roles.CAN_EDIT)
    public void recordImported(@EpisodeWrite(Scene.class) long sceneId, String fileName) {
        recorder.record(outlineService.scene(sceneId), ChangeKind.IMPORT, SceneField.FILE, null, fileName, null);
    }
}
