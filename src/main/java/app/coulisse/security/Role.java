package app.coulisse.security;

/** The three kinds of people in Coulisse; a user has exactly one. */
public enum Role {
    /** Head writer: everything writers do, plus users, number locks and deletions. */
    SHOWRUNNER,
    /** Outlines the season and tags scenes. */
    WRITER,
    /** 1st AD, choreographer, costume, line producer: reads everything, exports, changes nothing. */
    PRODUCTION;

    /** The Spring Security authority name, as {@code @RolesAllowed} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
