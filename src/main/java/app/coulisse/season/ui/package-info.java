/**
 * The season feature's screens that this wave added: the first-run setup and its waiting page (with the guard
 * that sends there until a series exists), the series settings and the season picker of the overview.
 */
package app.coulisse.season.ui;
