package app.coulisse.outline;

import app.coulisse.core.DomainException;
import app.coulisse.core.Eighths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A scene's editable fields as text, the form its history keeps them in: heading parts as written
 * ({@code INT/EXT}, the set's name, {@code NIGHT}), the length as {@code 1 3/8}. Plain Java, so what an edit changed
 * and what a restore writes back come from one place.
 */
public final class SceneFields {

    private final Map<SceneField, String> values;

    private SceneFields(Map<SceneField, String> values) {
        this.values = values;
    }

    /** The fields of a scene as they are now. */
    public static SceneFields of(Scene scene) {
        Map<SceneField, String> values = new EnumMap<>(SceneField.class);
        values.put(SceneField.NUMBER, scene.getNumber());
        values.put(SceneField.INT_EXT, scene.getIntExt() == null ? null : scene.getIntExt().heading());
        values.put(SceneField.SET, scene.getSet() == null ? null : scene.getSet().getName());
        values.put(SceneField.TIME_OF_DAY, scene.getTimeOfDay() == null ? null : scene.getTimeOfDay().name());
        values.put(SceneField.STORY_DAY, scene.getStoryDay() == null ? null : String.valueOf(scene.getStoryDay()));
        values.put(SceneField.EIGHTHS, Eighths.format(scene.getEighths()));
        values.put(SceneField.SYNOPSIS, scene.getSynopsis());
        values.put(SceneField.NOTES, scene.getNotes());
        values.put(SceneField.SHOOTING_LOCATION, scene.getShootingLocation());
        values.put(SceneField.STORY_CITY, scene.getStoryCity() == null ? null : scene.getStoryCity().label());
        values.put(SceneField.STORYLINES, scene.getStorylines().stream().map(Storyline::getLabel).sorted()
                .collect(Collectors.joining(", ")));
        return new SceneFields(values);
    }

    /** The value of a field, or null. */
    public String get(SceneField field) {
        return values.get(field);
    }

    /** One {@link ChangeKind#EDIT} per field that differs from {@code after}, in field order. */
    public List<SceneChanged> editsTo(SceneFields after, long sceneId) {
        List<SceneChanged> edits = new ArrayList<>();
        values.forEach((field, before) -> {
            String now = after.values.get(field);
            if (!Objects.equals(blankToNull(before), blankToNull(now))) {
                edits.add(new SceneChanged(sceneId, ChangeKind.EDIT, field, before, now));
            }
        });
        return edits;
    }

    /**
     * Writes a value of the history back into {@code scene}: only the heading parts, the length and the synopsis
     * can be restored ({@link SceneField#isRevised()}); the set is given by name and found or created by the
     * outline when the scene is saved.
     */
    public static void restore(Scene scene, SceneField field, String value) {
        switch (field) {
            case INT_EXT -> scene.setIntExt(Arrays.stream(IntExt.values())
                    .filter(candidate -> candidate.heading().equals(value)).findFirst().orElseThrow(
                            () -> new DomainException("revision.restore.unreadable", field.stored())));
            case SET -> scene.setSet(value == null ? null : new StorySet(scene.getEpisode().getSeries(), value));
            case TIME_OF_DAY -> scene.setTimeOfDay(TimeOfDay.valueOf(value));
            case EIGHTHS -> scene.setEighths(Eighths.parse(value));
            case SYNOPSIS -> scene.setSynopsis(value);
            default -> throw new DomainException("revision.restore.not-restorable", field.stored());
        }
    }

    /** A fresh copy of what an editor may change, carrying the scene's version, for a save through the outline. */
    public static Scene editableCopy(Scene scene) {
        Scene copy = new Scene(scene.getEpisode());
        copy.setNumber(scene.getNumber());
        copy.setIntExt(scene.getIntExt());
        copy.setSet(scene.getSet());
        copy.setTimeOfDay(scene.getTimeOfDay());
        copy.setStoryDay(scene.getStoryDay());
        copy.setEighths(scene.getEighths());
        copy.setSynopsis(scene.getSynopsis());
        copy.setNotes(scene.getNotes());
        copy.setShootingLocation(scene.getShootingLocation());
        copy.setStoryCity(scene.getStoryCity());
        copy.setStorylines(new LinkedHashSet<>(scene.getStorylines()));
        copy.setVersion(scene.getVersion());
        return copy;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
