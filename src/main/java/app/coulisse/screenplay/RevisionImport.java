package app.coulisse.screenplay;

import app.coulisse.outline.SceneField;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What a revise import would do (a dry run) or did: the file's scenes matched to the episode's, sorted into
 * unchanged, changed (field by field, old → new), new and omitted, with the tags that go. Record 027.
 *
 * @param revision        the revision the changes are marked with ("Blue")
 * @param revisionHex     its colour
 * @param dryRun          true when nothing was written
 * @param matched         how many of the file's scenes matched a scene of the episode
 * @param episodeScenes   how many played scenes the episode had
 * @param mostlyUnmatched true when almost nothing matches (a file for another episode?): the commit asks first
 * @param warnings        what was skipped or guessed while reading the file
 * @param texts           in a dry run, the matched scenes' texts as the commit would rewrite them, for the features
 *                        that follow the words (record 050); empty once written; not part of the API's JSON
 */
public record RevisionImport(long episodeId, String fileName, String revision, String revisionHex, boolean dryRun,
                             int matched, int episodeScenes, boolean mostlyUnmatched, List<SceneLine> unchanged,
                             List<ChangedScene> changed, List<SceneLine> added, List<SceneLine> omitted,
                             List<RemovedTag> removedTags, List<ParseWarning> warnings,
                             @JsonIgnore List<RevisedText> texts) {

    public RevisionImport {
        unchanged = List.copyOf(unchanged);
        changed = List.copyOf(changed);
        added = List.copyOf(added);
        omitted = List.copyOf(omitted);
        removedTags = List.copyOf(removedTags);
        warnings = List.copyOf(warnings);
        texts = List.copyOf(texts);
    }

    /**
     * How a file scene found its episode scene (record 027): by its scene number, by order and heading, or by its text
     * when its heading changed (record 049).
     */
    public enum MatchedBy {
        NUMBER, HEADING, TEXT
    }

    /**
     * A scene by number (as it is once the revision is written) and heading; {@code matchedBy} says how a file scene
     * found its episode scene, null for a new or an omitted scene.
     */
    public record SceneLine(String number, String heading, MatchedBy matchedBy) {
    }

    /** A matched scene the file changes, with each field's old and new value. */
    public record ChangedScene(String number, String heading, MatchedBy matchedBy, List<FieldChange> fields) {

        public ChangedScene {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One changed field: {@code intExt}, {@code set}, {@code timeOfDay}, {@code eighths}, {@code synopsis},
     * {@code text} (dialogue or action; {@code after} holds the word diff, record 049, when the scene had a stored
     * text), {@code cast} (speakers, as cast labels) or {@code omitted}.
     */
    public record FieldChange(String field, String before, String after) {

        /** A change of a field, named by its stored name. */
        public FieldChange(SceneField field, String before, String after) {
            this(field.stored(), before, after);
        }

        /** The field changed. */
        public SceneField sceneField() {
            return SceneField.fromStored(field);
        }
    }

    /** A tag the import removes: a character whose cue was only in the file and is gone. */
    public record RemovedTag(String sceneNumber, String character) {
    }
}
