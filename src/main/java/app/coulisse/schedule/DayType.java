package app.coulisse.schedule;

/** What a unit does on a day: shoot, rehearse only, travel, or nothing (off or a holiday). */
public enum DayType {
    SHOOT, REHEARSAL, TRAVEL, OFF, HOLIDAY;

    /** Whether strips may be placed in a day of this type. */
    public boolean takesStrips() {
        return this == SHOOT;
    }
}
