package app.coulisse.screenplay;

import java.util.List;

/**
 * A matched scene's text as a revise import would rewrite it, worked out in the dry run before anything is written
 * (record 050): what the commit would tell {@link SceneTextRevised} listeners, the text it would leave, and the
 * characters whose file tags it would remove (their highlights go with them, record 027).
 *
 * @param sceneNumber      the scene's number once the revision is written
 * @param change           the event the commit would publish (without a revision yet)
 * @param after            the scene's elements once rewritten, in order; new ones carry negative ids
 * @param removedSpeakers  the characters tagged only by the file whose cues are gone
 */
public record RevisedText(String sceneNumber, SceneTextRevised change, List<StoredElement> after, List<Long> removedSpeakers) {

    public RevisedText {
        after = List.copyOf(after);
        removedSpeakers = List.copyOf(removedSpeakers);
    }

    public long sceneId() {
        return change.sceneId();
    }
}
