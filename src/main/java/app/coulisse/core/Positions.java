package app.coulisse.core;

import java.util.List;
import java.util.function.ObjIntConsumer;

/** Ordered lists whose items carry a position 1…n (acts, episodes, element categories). */
public final class Positions {

    private Positions() {
    }

    /**
     * Moves an item one place earlier (negative direction) or later (positive) in the list, staying
     * put at either end, then writes positions 1…n in the new order.
     *
     * @return whether the item moved
     */
    public static <T> boolean move(List<T> ordered, T item, int direction, ObjIntConsumer<T> setPosition) {
        int from = ordered.indexOf(item);
        int to = from + Integer.signum(direction);
        boolean moves = from >= 0 && to >= 0 && to < ordered.size() && to != from;
        if (moves) {
            ordered.add(to, ordered.remove(from));
        }
        for (int i = 0; i < ordered.size(); i++) {
            setPosition.accept(ordered.get(i), i + 1);
        }
        return moves;
    }
}
