package app.coulisse.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * An episode's running order as the board shows it: one column per act in act order, plus a last
 * column for scenes in no act. Plain values, no database: {@link OutlineService} moves scenes with
 * it and {@link AppendPlan} places imported scenes with it, so both order an episode the same way.
 *
 * @param <T> what stands in a place: a scene, or a planned slot
 */
public final class EpisodeOrder<T> {

    /** The act index of what stands in no act. */
    public static final int NO_ACT = -1;

    /** The places either side of an item in running order; null at the ends of the episode. */
    public record Neighbours<T>(T before, T after) {
    }

    private final List<List<T>> columns = new ArrayList<>();

    private EpisodeOrder(int acts) {
        for (int i = 0; i <= acts; i++) {
            columns.add(new ArrayList<>());
        }
    }

    /** An order of {@code acts} empty acts. */
    public static <T> EpisodeOrder<T> empty(int acts) {
        return new EpisodeOrder<>(acts);
    }

    /**
     * The order of items given in running order; {@code actOf} gives each item's act index
     * ({@link #NO_ACT}, or any index outside the acts, for none).
     */
    public static <T> EpisodeOrder<T> of(int acts, List<T> inOrder, ToIntFunction<T> actOf) {
        EpisodeOrder<T> order = new EpisodeOrder<>(acts);
        for (T item : inOrder) {
            order.column(actOf.applyAsInt(item)).add(item);
        }
        return order;
    }

    /** How many acts the order has (the column of scenes in no act aside). */
    public int acts() {
        return columns.size() - 1;
    }

    /** Puts an item into an act (or {@link #NO_ACT}) at an index among its items, clamped to the act's ends. */
    public void insert(int act, int index, T item) {
        List<T> column = column(act);
        column.add(Math.max(0, Math.min(column.size(), index)), item);
    }

    /** Puts an item right after (or right before) another, in that one's act or, like it, in no act. */
    public void insertBeside(T anchor, boolean after, T item) {
        for (List<T> column : columns) {
            int at = column.indexOf(anchor);
            if (at >= 0) {
                column.add(after ? at + 1 : at, item);
                return;
            }
        }
        throw new IllegalArgumentException("Not in this episode: " + anchor);
    }

    /** Takes an item out of its place and puts it into an act at an index, clamped to the act's ends. */
    public void move(T item, int act, int index) {
        columns.forEach(column -> column.remove(item));
        insert(act, index, item);
    }

    /**
     * Moves an item one place up (negative) or down (positive) in running order: past its neighbour
     * inside its act, or past the edge of its act into the neighbouring act, on the side it came
     * from. Scenes in no act move up into the last act. Nothing moves past the first or last act.
     *
     * @return whether the item moved
     */
    public boolean shift(T item, int direction) {
        int act = actOf(item);
        int columnIndex = act == NO_ACT ? acts() : act;
        List<T> column = columns.get(columnIndex);
        int at = column.indexOf(item);
        int to = at + Integer.signum(direction);
        if (to >= 0 && to < column.size()) {
            column.add(to, column.remove(at));
            return true;
        }
        int neighbour = (act == NO_ACT && direction < 0 ? acts() : columnIndex) + Integer.signum(direction);
        if (neighbour < 0 || neighbour >= acts()) {
            return false;
        }
        column.remove(at);
        List<T> target = columns.get(neighbour);
        target.add(direction < 0 ? target.size() : 0, item);
        return true;
    }

    /** The act index of an item, or {@link #NO_ACT}. */
    public int actOf(T item) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).contains(item)) {
                return i == acts() ? NO_ACT : i;
            }
        }
        throw new IllegalArgumentException("Not in this episode: " + item);
    }

    /** Everything in running order: act by act, then what stands in no act. */
    public List<T> inOrder() {
        return columns.stream().flatMap(List::stream).toList();
    }

    /** The items either side of this one in running order. */
    public Neighbours<T> neighbours(T item) {
        List<T> inOrder = inOrder();
        int at = inOrder.indexOf(item);
        return new Neighbours<>(at == 0 ? null : inOrder.get(at - 1), at == inOrder.size() - 1 ? null : inOrder.get(at + 1));
    }

    /**
     * The places either side of the last item of an act (or {@link #NO_ACT}) in running order, found by looking at
     * the neighbouring acts only: what an append asks for each scene it adds, without walking the episode.
     */
    public Neighbours<T> neighboursOfLast(int act) {
        int at = columnIndex(act);
        List<T> column = columns.get(at);
        T before = column.size() > 1 ? column.get(column.size() - 2) : null;
        for (int previous = at - 1; before == null && previous >= 0; previous--) {
            List<T> earlier = columns.get(previous);
            before = earlier.isEmpty() ? null : earlier.getLast();
        }
        T after = null;
        for (int next = at + 1; after == null && next < columns.size(); next++) {
            List<T> later = columns.get(next);
            after = later.isEmpty() ? null : later.getFirst();
        }
        return new Neighbours<>(before, after);
    }

    private List<T> column(int act) {
        return columns.get(columnIndex(act));
    }

    private int columnIndex(int act) {
        return act < 0 || act >= acts() ? acts() : act;
    }
}
