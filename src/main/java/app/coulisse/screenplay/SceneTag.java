package app.coulisse.screenplay;

/**
 * A breakdown element tagged in a scene by the screenplay software (Final Draft's Tagger).
 *
 * @param category the tag category name, e.g. {@code Props}
 * @param label    the tagged element, e.g. {@code pointe shoes}
 */
public record SceneTag(String category, String label) {
}
