package app.coulisse.core;

/** The optimistic-locking check every "save what the form loaded" shares. */
public final class Versions {

    private Versions() {
    }

    /**
     * Refuses with {@code messageKey} when the stored version is not the one the form loaded:
     * someone saved in between, and writing now would silently undo their change.
     */
    public static void require(long stored, long loaded, String messageKey, Object... arguments) {
        if (stored != loaded) {
            throw new DomainException(messageKey, arguments);
        }
    }
}
