package app.coulisse.screenplay;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a scene's stored text becomes a new text (record 049), element by element: the two lists are aligned on each
 * element's kind and words (case and spacing folded, as the fingerprint reads them) with java-diff-utils. An element
 * found on both sides keeps its id and its revision; an element replaced by another in the same place keeps its id,
 * takes the new words and the revision; the rest are inserted with the revision or removed. Plain Java.
 *
 * @param updates  stored elements to rewrite in place (moved, reworded, or only respaced)
 * @param inserts  new elements
 * @param removed  stored elements that are gone
 * @param reworded the elements whose words changed, before and after
 */
record TextRevision(List<StoredElement> updates, List<ScriptTextStore.NewElement> inserts, List<StoredElement> removed,
                    List<SceneTextRevised.Reworded> reworded) {

    static TextRevision of(long sceneId, List<StoredElement> stored, List<ScriptElement> text, Long revisionId) {
        List<String> before = stored.stream().map(element -> key(element.type(), element.text(), element.dualDialogue()))
                .toList();
        List<String> after = text.stream().map(element -> key(element.type(), element.text(), element.dualDialogue()))
                .toList();
        List<StoredElement> updates = new ArrayList<>();
        List<ScriptTextStore.NewElement> inserts = new ArrayList<>();
        List<StoredElement> removed = new ArrayList<>();
        List<SceneTextRevised.Reworded> reworded = new ArrayList<>();
        int from = 0;
        int to = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            while (from < delta.getSource().getPosition()) {
                keep(stored.get(from++), text.get(to), to++, updates);
            }
            int olds = delta.getSource().size();
            int news = delta.getTarget().size();
            for (int i = 0; i < Math.max(olds, news); i++) {
                if (i < olds && i < news) {
                    StoredElement old = stored.get(from);
                    ScriptElement now = text.get(to);
                    updates.add(new StoredElement(old.id(), sceneId, to, now.type(), now.text(), now.dualDialogue(),
                            revisionId));
                    reworded.add(new SceneTextRevised.Reworded(old.id(), old.text(), now.text()));
                } else if (i < news) {
                    inserts.add(new ScriptTextStore.NewElement(sceneId, to, text.get(to), revisionId));
                } else {
                    removed.add(stored.get(from));
                }
                if (i < olds) {
                    from++;
                }
                if (i < news) {
                    to++;
                }
            }
        }
        while (from < stored.size()) {
            keep(stored.get(from++), text.get(to), to++, updates);
        }
        return new TextRevision(List.copyOf(updates), List.copyOf(inserts), List.copyOf(removed),
                List.copyOf(reworded));
    }

    /** True when any element was added, removed or reworded: the scene's text changed in the revision. */
    boolean changed() {
        return !inserts.isEmpty() || !removed.isEmpty() || !reworded.isEmpty();
    }

    /**
     * The scene's elements once the revision is written, in order: the stored ones kept or rewritten, the new ones
     * with negative ids (they have none before they are written).
     */
    List<StoredElement> after(List<StoredElement> stored) {
        Map<Long, StoredElement> rewritten = new HashMap<>();
        updates.forEach(element -> rewritten.put(element.id(), element));
        Set<Long> gone = new HashSet<>();
        removed.forEach(element -> gone.add(element.id()));
        List<StoredElement> after = new ArrayList<>();
        stored.stream().filter(element -> !gone.contains(element.id()))
                .forEach(element -> after.add(rewritten.getOrDefault(element.id(), element)));
        for (int i = 0; i < inserts.size(); i++) {
            ScriptTextStore.NewElement insert = inserts.get(i);
            after.add(new StoredElement(-1L - i, insert.sceneId(), insert.position(), insert.element().type(),
                    insert.element().text(), insert.element().dualDialogue(), insert.revisionId()));
        }
        after.sort(Comparator.comparingInt(StoredElement::position));
        return List.copyOf(after);
    }

    /** The event the listeners hear once the revision is written. */
    SceneTextRevised event(long sceneId, Long revisionId) {
        return new SceneTextRevised(sceneId, revisionId, reworded, removed);
    }

    /** The same words: rewritten only when moved or respaced, keeping the revision that last changed it. */
    private static void keep(StoredElement old, ScriptElement now, int position, List<StoredElement> updates) {
        if (old.position() != position || !old.text().equals(now.text()) || old.type() != now.type()) {
            updates.add(new StoredElement(old.id(), old.sceneId(), position, now.type(), now.text(),
                    now.dualDialogue(), old.revisionId()));
        }
    }

    private static String key(ElementType type, String text, boolean dual) {
        return (dual ? "^" : "") + ScriptFingerprint.normalized(type, text);
    }
}
