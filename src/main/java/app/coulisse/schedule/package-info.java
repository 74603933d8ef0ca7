/**
 * Planning the shoot of a season: units, shoot days, the stripboard, the Day Out of Days, rehearsal and
 * fitting calls and the shoe count. The production office edits it; writers read it.
 */
package app.coulisse.schedule;
