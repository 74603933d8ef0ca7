/**
 * End-to-end journeys: the production jar runs as its own process on a fresh database and
 * headless Chromium drives it like a user, so packaging, security filters and the browser side
 * of Vaadin are tested together. Run with {@code ./mvnw -B -Pproduction,e2e verify}; the normal
 * build leaves this package out.
 */
package app.coulisse.e2e;
