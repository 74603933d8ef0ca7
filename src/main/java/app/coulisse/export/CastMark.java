package app.coulisse.export;

import app.coulisse.export.model.Appearance;

/** The mark of an appearance in a cast matrix: {@code S} speaking or {@code N} non-speaking, then {@code D} when dancing. */
final class CastMark {

    private CastMark() {
    }

    static String of(Appearance appearance) {
        return (appearance.speaking() ? "S" : "N") + (appearance.dancing() ? "D" : "");
    }
}
