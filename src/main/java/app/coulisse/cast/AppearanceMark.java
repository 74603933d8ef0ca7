package app.coulisse.cast;

/**
 * How a cast matrix marks an appearance, on screen and in Excel alike: {@code S} speaking or
 * {@code N} non-speaking, then {@code D} when the character dances.
 */
public final class AppearanceMark {

    private AppearanceMark() {
    }

    /** "S", "N", "SD" or "ND". */
    public static String of(boolean speaking, boolean dancing) {
        return (speaking ? "S" : "N") + (dancing ? "D" : "");
    }
}
