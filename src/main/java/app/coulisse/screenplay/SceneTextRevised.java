package app.coulisse.screenplay;

import java.util.List;

/**
 * A scene's stored text was revised (a revise import or a paste; record 049). Published inside the writing
 * transaction once kept and reworded elements are rewritten and new ones inserted, but before the removed ones are
 * deleted: a listener can still move what points at a removed element onto the new text.
 *
 * @param revisionId the revision the changes are marked with, or null on the original draft
 * @param reworded   elements that kept their id with new words
 * @param removed    elements about to be deleted, as they were
 */
public record SceneTextRevised(long sceneId, Long revisionId, List<Reworded> reworded, List<StoredElement> removed) {

    public SceneTextRevised {
        reworded = List.copyOf(reworded);
        removed = List.copyOf(removed);
    }

    /** An element that kept its id and took new words. */
    public record Reworded(long elementId, String before, String after) {
    }
}
