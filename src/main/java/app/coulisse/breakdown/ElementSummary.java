package app.coulisse.breakdown;

/** A row of an element list: the element with the number of scenes it is tagged in. */
public record ElementSummary(long id, long categoryId, String name, long scenes) {
}
