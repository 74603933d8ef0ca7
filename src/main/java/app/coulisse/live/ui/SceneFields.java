package app.coulisse.live.ui;

import app.coulisse.core.Eighths;
import app.coulisse.outline.Scene;
import app.coulisse.outline.Storyline;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The scene editor's fields as the "changed elsewhere" comparison shows them: the binder's property, the editor's
 * label and the field's text in one version of the scene.
 */
record SceneFields(String property, String labelKey, BiFunction<Component, Scene, String> text) {

    static final List<SceneFields> ALL = List.of(
            new SceneFields("number", "scene.number", (ui, scene) -> blank(scene.getNumber())),
            new SceneFields("intExt", "scene.int-ext", (ui, scene) -> scene.getIntExt() == null ? "" : scene.getIntExt().heading()),
            new SceneFields("set", "scene.set", (ui, scene) -> scene.getSet() == null ? "" : scene.getSet().getName()),
            new SceneFields("timeOfDay", "scene.time-of-day", (ui, scene) -> scene.getTimeOfDay() == null ? ""
                    : ui.getTranslation("time-of-day." + scene.getTimeOfDay().name())),
            new SceneFields("storyDay", "scene.story-day", (ui, scene) -> scene.getStoryDay() == null ? ""
                    : String.valueOf(scene.getStoryDay())),
            new SceneFields("eighths", "scene.length", (ui, scene) -> scene.getEighths() < 1 ? ""
                    : Eighths.format(scene.getEighths())),
            new SceneFields("storylines", "scene.storylines", (ui, scene) -> scene.getStorylines().stream()
                    .map(Storyline::getLabel).sorted().collect(Collectors.joining(", "))),
            new SceneFields("storyCity", "scene.story-city", (ui, scene) -> scene.getStoryCity() == null ? ""
                    : ui.getTranslation("story-city." + scene.getStoryCity().name())),
            new SceneFields("shootingLocation", "scene.shooting-location", (ui, scene) -> blank(scene.getShootingLocation())),
            new SceneFields("synopsis", "scene.synopsis", (ui, scene) -> blank(scene.getSynopsis())),
            new SceneFields("notes", "scene.notes", (ui, scene) -> blank(scene.getNotes())));

    /** Whether two versions differ in this field. */
    boolean differs(Component ui, Scene one, Scene other) {
        return !Objects.equals(text.apply(ui, one), text.apply(ui, other));
    }

    private static String blank(String text) {
        return text == null ? "" : text.trim();
    }
}
