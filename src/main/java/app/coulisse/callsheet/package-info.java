/**
 * The shoot day's call sheet: shooting locations with their address, parking, hospital and sun times, and each shoot
 * day's call sheet drafted from the stripboard and the breakdown, edited by the production office and published in
 * versions (screen, PDF, JSON, a sheet of the production workbook and the performers' calendars).
 */
package app.coulisse.callsheet;
