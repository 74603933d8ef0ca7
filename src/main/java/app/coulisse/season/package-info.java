/**
 * The series and its season: the show with its dance companies and strip-colour palette, and
 * the episodes listed on the season overview, the landing screen.
 */
package app.coulisse.season;
