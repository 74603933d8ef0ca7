package app.coulisse.dance;

/** A sync (composition) or master (recording) clearance; cleared and not required both let the music be used. */
public enum ClearanceStatus {
    PENDING, CLEARED, NOT_REQUIRED, REFUSED;

    /** Whether the music may be used as far as this clearance goes. */
    public boolean allowsUse() {
        return this == CLEARED || this == NOT_REQUIRED;
    }
}
