package app.coulisse.breakdown;

/** An element tagged in a scene, with its category, flattened for reports and exports. */
public record ElementLink(long sceneId, String sceneNumber, int scenePosition, long categoryId, String categoryName,
                          String colour, int categoryPosition, long elementId, String elementName, int quantity,
                          String note) {
}
