package app.coulisse.callsheet;

/** What a revised call sheet says changed since the version before; each has a translation key. */
public enum ChangeKind {
    DATE, CREW_CALL, SHOOTING_CALL, SCENE_ADDED, SCENE_REMOVED, SCENE_ORDER, SCENE_CHANGED, CAST_CALL, LOCATIONS,
    DANCES, REHEARSALS, FITTINGS, BACKGROUND, DEPARTMENTS, NOTES, ADVANCE;

    /** The key of the sentence that tells it, e.g. {@code callsheet.change.scene-added}. */
    public String messageKey() {
        return "callsheet.change." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
