package app.coulisse.highlight;

/**
 * One stored script element, as far as anchoring cares: its id and its text exactly as shown.
 *
 * @param id   the stored element's id
 * @param text its text
 */
public record ElementText(long id, String text) {
}
