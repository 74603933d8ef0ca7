package app.coulisse.cast;

import java.util.List;

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
}
