package app.coulisse.export.model;

/** A breakdown category such as Props or Wardrobe, with its {@code #RRGGBB} colour and sort position. */
public record ElementCategory(String name, String colour, int position) {
}
