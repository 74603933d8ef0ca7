package app.coulisse.export.model;

/** A character of the series; {@code castId} is unique per series and 1 is the lead. */
public record CastMember(int castId, String name, String performer, String company, boolean dancer) {
}
