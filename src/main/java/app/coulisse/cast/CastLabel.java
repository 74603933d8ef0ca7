package app.coulisse.cast;

import java.util.Locale;

/** A character as breakdown sheets and screens list cast: "1. JACK MCMILLAN", the same in every language. */
public final class CastLabel {

    private CastLabel() {
    }

    /**
     * The cast ID, a dot and the name in capitals. Upper-cased with {@link Locale#ROOT}, so a server
     * whose default locale is Turkish does not print "İ" for "i".
     */
    public static String of(int castId, String name) {
        return castId + ". " + name.toUpperCase(Locale.ROOT);
    }
}
