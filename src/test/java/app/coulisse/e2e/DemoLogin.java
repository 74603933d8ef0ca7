package app.coulisse.e2e;

/**
 * The demo logins of the README, one per role. The journeys use them as a person would, from
 * outside the application.
 */
enum DemoLogin {
    SHOWRUNNER("showrunner", "etoile-lead", "Dana Whitfield"),
    WRITER("writer", "etoile-room", "Sam Okafor"),
    PRODUCTION("production", "etoile-office", "Margaux Leroy");

    final String username;
    final String password;
    final String displayName;

    DemoLogin(String username, String password, String displayName) {
        this.username = username;
        this.password = password;
        this.displayName = displayName;
    }
}
