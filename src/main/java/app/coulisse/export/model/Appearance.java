package app.coulisse.export.model;

/** A character tagged in a scene, referenced by cast ID. */
public record Appearance(int castId, boolean speaking, boolean dancing) {
}
