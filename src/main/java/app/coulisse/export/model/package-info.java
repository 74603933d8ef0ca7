/**
 * The read-only data the Excel writers need, as plain records with no persistence types.
 * The database mapping builds these records; the writers never see an entity.
 */
package app.coulisse.export.model;
