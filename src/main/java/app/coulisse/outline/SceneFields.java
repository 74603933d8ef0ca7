package app.coulisse.outline;

import app.coulisse.core.DomainException;
import app.coulisse.core.Eighths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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

    private final Map<String, String> values;

    private SceneFields(Map<String, String> values) {
        this.values = values;
    }

    /** The fields of a scene as they are now. */
    public static SceneFields of(Scene scene) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("number", scene.getNumber());
        values.put("intExt", scene.getIntExt() == null ? null : scene.getIntExt().heading());
        values.put("set", scene.getSet() == null ? null : scene.getSet().getName());
        values.put("timeOfDay", scene.getTimeOfDay() == null ? null : scene.getTimeOfDay().name());
        values.put("storyDay", scene.getStoryDay() == null ? null : String.valueOf(scene.getStoryDay()));
        values.put("eighths", Eighths.format(scene.getEighths()));
        values.put("synopsis", scene.getSynopsis());
        values.put("notes", scene.getNotes());
        values.put("shootingLocation", scene.getShootingLocation());
        values.put("storyCity", scene.getStoryCity() == null ? null : scene.getStoryCity().label());
        values.put("storylines", scene.getStorylines().stream().map(Storyline::getLabel).sorted()
                .collect(Collectors.joining(", ")));
        return new SceneFields(values);
    }

    /** The value of a field, or null. */
    public String get(String field) {
        return values.get(field);
    }

    /** One {@link SceneChanged#EDIT} per field that differs from {@code after}, in field order. */
    public List<SceneChanged> editsTo(SceneFields after, long sceneId) {
        List<SceneChanged> edits = new ArrayList<>();
        values.forEach((field, before) -> {
            String now = after.values.get(field);
            if (!Objects.equals(blankToNull(before), blankToNull(now))) {
                edits.add(new SceneChanged(sceneId, SceneChanged.EDIT, field, before, now));
            }
        });
        return edits;
    }

    /**
     * Writes a value of the history back into {@code scene}: only the heading parts, the length and the synopsis
     * can be restored ({@link SceneChanged#REVISED_FIELDS}); the set is given by name and found or created by the
     * outline when the scene is saved.
     */
    public static void restore(Scene scene, String field, String value) {
        switch (field) {
            case "intExt" -> scene.setIntExt(Arrays.stream(IntExt.values())
                    .filter(candidate -> candidate.heading().equals(value)).findFirst().orElseThrow(
                            () -> new DomainException("revision.restore.unreadable", field)));
            case "set" -> scene.setSet(value == null ? null : new StorySet(scene.getEpisode().getSeries(), value));
            case "timeOfDay" -> scene.setTimeOfDay(TimeOfDay.valueOf(value));
            case "eighths" -> scene.setEighths(Eighths.parse(value));
            case "synopsis" -> scene.setSynopsis(value);
            default -> throw new DomainException("revision.restore.not-restorable", field);
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
