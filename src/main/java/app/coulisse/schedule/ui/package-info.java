/**
 * The production area's screens: the stripboard with its boneyard, the shoot days and units, the Day Out of
 * Days, the rehearsal plan with the shoe count, and the production workbook's download.
 */
package app.coulisse.schedule.ui;
