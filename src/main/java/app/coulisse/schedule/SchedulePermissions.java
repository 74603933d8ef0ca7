package app.coulisse.schedule;

/** Who may plan the shoot: the production office and the showrunner (writers read the plan). */
public final class SchedulePermissions {

    /** For {@code @PreAuthorize} on every write of the schedule. */
    public static final String CAN_PLAN = "hasAnyRole('SHOWRUNNER','PRODUCTION')";

    private SchedulePermissions() {
    }
}
