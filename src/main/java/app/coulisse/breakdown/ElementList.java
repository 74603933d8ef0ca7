package app.coulisse.breakdown;

import java.util.List;

/** The element report: each element of an episode once, under its category, with the scenes it is in. */
public final class ElementList {

    /** An element with its category, its scenes (numbers in running order) and the quantity to provide for them. */
    public record Line(String category, String colour, String element, List<String> scenes, int totalQuantity) {
    }

    private ElementList() {
    }
}
