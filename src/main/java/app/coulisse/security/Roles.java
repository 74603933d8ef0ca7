package app.coulisse.security;

/**
 * Role names as compile-time constants for {@code @RolesAllowed}, and the {@code @PreAuthorize} expressions that ask
 * {@link Permission}, the one place where roles are given their rights.
 */
public final class Roles {

    public static final String SHOWRUNNER = "SHOWRUNNER";
    public static final String WRITER = "WRITER";
    public static final String PRODUCTION = "PRODUCTION";

    /** Writers and the showrunner: those who may change the outline and the breakdown. */
    public static final String CAN_EDIT = "T(app.coulisse.security.Permission).EDIT.grantedTo(authentication)";
    /** The production office and the showrunner: those who plan the shoot (writers read the plan). */
    public static final String CAN_PLAN = "T(app.coulisse.security.Permission).PLAN.grantedTo(authentication)";
    public static final String IS_SHOWRUNNER = "T(app.coulisse.security.Permission).ADMINISTER.grantedTo(authentication)";
    public static final String ANY_USER = "isAuthenticated()";
    /** Anyone, before login too: only for what the login itself and the first start need, never for data. */
    public static final String ANYONE = "permitAll()";

    private Roles() {
    }
}
