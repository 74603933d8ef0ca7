package app.coulisse.demo;

import app.coulisse.security.Role;

/** The demo logins, one per role; README.md lists the same. */
enum DemoUsers {
    SHOWRUNNER("showrunner", "Dana Whitfield", Role.SHOWRUNNER, "etoile-lead"),
    WRITER("writer", "Sam Okafor", Role.WRITER, "etoile-room"),
    PRODUCTION("production", "Margaux Leroy", Role.PRODUCTION, "etoile-office");

    final String username;
    final String displayName;
    final Role role;
    final String password;

    DemoUsers(String username, String displayName, Role role, String password) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.password = password;
    }
}
