package app.coulisse.outline;

import java.util.Arrays;

/**
 * What a scene change touched, the seam between the features that change scenes, the history that records them and
 * the revise import that compares them. The stored name is what the history table keeps and what the
 * {@code history.field.*} translation keys end with; it is mapped here only.
 */
public enum SceneField {
    NUMBER("number", false),
    INT_EXT("intExt", true),
    SET("set", true),
    TIME_OF_DAY("timeOfDay", true),
    STORY_DAY("storyDay", false),
    EIGHTHS("eighths", true),
    SYNOPSIS("synopsis", true),
    NOTES("notes", false),
    SHOOTING_LOCATION("shootingLocation", false),
    STORY_CITY("storyCity", false),
    STORYLINES("storylines", false),
    /** A tag: a character in the scene. */
    CAST("cast", false),
    /** A tag: a dance number in the scene. */
    DANCE_NUMBER("danceNumber", false),
    /** A tag: a breakdown element in the scene. */
    ELEMENT("element", false),
    /** The scene's dialogue and action, as a revise import finds them changed. */
    TEXT("text", false),
    /** A scene a revise import added. */
    SCENE("scene", false),
    /** The file a first import created the scene from. */
    FILE("file", false),
    /** An omitted scene a revise import brings back. */
    OMITTED("omitted", false);

    private final String stored;
    private final boolean revised;

    SceneField(String stored, boolean revised) {
        this.stored = stored;
        this.revised = revised;
    }

    /** The name the history keeps: {@code intExt}, {@code synopsis}…. */
    public String stored() {
        return stored;
    }

    /**
     * Whether an edit of it counts in a revision once numbers are locked (record 027), and can be restored: the
     * heading parts, the length, the synopsis.
     */
    public boolean isRevised() {
        return revised;
    }

    /** The stored name of a field, or null for none. */
    public static String storedOrNull(SceneField field) {
        return field == null ? null : field.stored;
    }

    /** The field a stored name stands for; null for none. */
    public static SceneField fromStored(String stored) {
        if (stored == null) {
            return null;
        }
        return Arrays.stream(values()).filter(field -> field.stored.equals(stored)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No scene field is stored as " + stored));
    }
}
