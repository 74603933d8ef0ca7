package app.coulisse.export.model;

/** An element tagged in a scene; {@code category} is an {@link ElementCategory} name. */
public record SceneElement(String category, String name, int quantity, String note) {
}
