package app.coulisse.security;

/** Role names as compile-time constants for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String SHOWRUNNER = "SHOWRUNNER";
    public static final String WRITER = "WRITER";
    public static final String PRODUCTION = "PRODUCTION";

    /** Writers and the showrunner: those who may change the outline and the breakdown. */
    public static final String CAN_EDIT = "hasAnyRole('SHOWRUNNER','WRITER')";
    public static final String IS_SHOWRUNNER = "hasRole('SHOWRUNNER')";
    public static final String ANY_USER = "isAuthenticated()";
    /** Anyone, before login too: only for what the login itself and the first start need, never for data. */
    public static final String ANYONE = "permitAll()";

    private Roles() {
    }
}
