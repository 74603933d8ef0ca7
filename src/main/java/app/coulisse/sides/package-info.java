/**
 * Sides: a shoot day's scenes as screenplay pages in one PDF, in shooting order, for everyone or for one performer.
 * Sits above the schedule (the day's strips) and the screenplay (the scenes' stored text).
 */
package app.coulisse.sides;
