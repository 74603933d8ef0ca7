package app.coulisse.outline;

/**
 * What happened to a scene, as its history records it. The enum's name is what the history table keeps and what
 * the {@code history.kind.*} translation keys end with. The notes feature's kinds are here too, so that every kind
 * a scene's history can hold is one of these.
 */
public enum ChangeKind {
    EDIT, TAG, UNTAG, IMPORT, OMIT, RESTORE,
    /** A note written in the scene's thread. */
    NOTE,
    /** A question asked in the scene's thread. */
    QUESTION,
    /** A question of the thread answered. */
    ANSWERED;

    /** The name the history keeps. */
    public String stored() {
        return name();
    }

    /** The kind a stored name stands for. */
    public static ChangeKind fromStored(String stored) {
        return valueOf(stored);
    }
}
