package app.coulisse.live;

/** Names the screen a change is made from on the current thread (the Vaadin UI), so it is not refreshed twice. */
@FunctionalInterface
public interface ChangeOrigin {

    /** A key of the current screen, or null outside one (the HTTP API, an import, a test). */
    String currentScreen();
}
