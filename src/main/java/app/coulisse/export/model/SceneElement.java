package app.coulisse.export.model;

import java.util.List;

/**
 * An element tagged in a scene; {@code category} is an {@link ElementCategory} name; {@code wornBy} the cast IDs of
 * the characters it is given to, empty when it is the scene's as a whole.
 */
public record SceneElement(String category, String name, int quantity, String note, List<Integer> wornBy) {

    /** An element given to no one in particular. */
    public SceneElement(String category, String name, int quantity, String note) {
        this(category, name, quantity, note, List.of());
    }

    public SceneElement {
        wornBy = List.copyOf(wornBy);
    }

    /** Whether it is the scene's as a whole rather than some characters'. */
    public boolean wholeScene() {
        return wornBy.isEmpty();
    }
}
