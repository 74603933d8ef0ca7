/**
 * The app shell, on top of every feature: the main layout with its side navigation, language switch and account
 * menu, and the session set-up (the user's language, the error handler that turns failures into translated
 * notifications). It knows the signed-in user; features never depend on it.
 */
package app.coulisse.shell.ui;
