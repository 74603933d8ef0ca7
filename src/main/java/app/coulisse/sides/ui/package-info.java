/** The sides' download on each shoot day of the Shoot days screen, through the schedule's {@code ShootDayItem}. */
package app.coulisse.sides.ui;
