package app.coulisse.schedule;

/**
 * A strip as the mover saw it: its scene and the version of its placement then ({@link #IN_BONEYARD} when it was in
 * the boneyard). A move from a stale view is refused rather than undoing someone else's.
 */
public record StripRef(long sceneId, long loadedVersion) {

    /** The version a strip in the boneyard carries. */
    public static final long IN_BONEYARD = -1;
}
