/**
 * The call sheet's screens: the season's shooting locations, and a shoot day's call sheet to edit, publish and print.
 * The production office and the showrunner only.
 */
package app.coulisse.callsheet.ui;
