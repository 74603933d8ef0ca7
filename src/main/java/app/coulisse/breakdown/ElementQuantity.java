package app.coulisse.breakdown;


/**
 * How many of an element the production provides for the scenes that use it
 * (docs/decisions/012-element-quantity.md): the most any one scene needs. A prop used in scenes 3
 * and 5 is one prop; 23 veils in one scene and 23 in another are still 23 veils. The screen's
 * element report and the workbook's Elements sheet both count with this rule.
 */
public final class ElementQuantity {

    private ElementQuantity() {
    }

    /** The quantity to provide once one more scene needs {@code needed}, given what the others needed. */
    public static int toProvide(int soFar, int needed) {
        return Math.max(soFar, needed);
    }
}
