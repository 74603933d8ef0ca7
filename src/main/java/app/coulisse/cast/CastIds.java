package app.coulisse.cast;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Cast ID arithmetic: IDs are positive and unique, and new characters fill the first gap. */
final class CastIds {

    private CastIds() {
    }

    /** The lowest ID from 1 up that is not taken; {@code taken} is sorted ascending. */
    static int nextFree(List<Integer> taken) {
        int candidate = 1;
        for (int id : taken) {
            if (id > candidate) {
                break;
            }
            if (id == candidate) {
                candidate++;
            }
        }
        return candidate;
    }

    /** The {@code count} lowest IDs from 1 up that are not taken, lowest first: one pass, linear in taken + count. */
    static List<Integer> nextFree(Iterable<Integer> taken, int count) {
        return nextFree(toSet(taken), count);
    }

    /** The same over a set of taken IDs: asks it once per candidate, at most {@code taken.size() + count} times. */
    static List<Integer> nextFree(Set<Integer> taken, int count) {
        List<Integer> free = new ArrayList<>(Math.max(0, count));
        for (int candidate = 1; free.size() < count; candidate++) {
            if (!taken.contains(candidate)) {
                free.add(candidate);
            }
        }
        return free;
    }

    private static Set<Integer> toSet(Iterable<Integer> taken) {
        Set<Integer> set = new HashSet<>();
        taken.forEach(set::add);
        return set;
    }
}
