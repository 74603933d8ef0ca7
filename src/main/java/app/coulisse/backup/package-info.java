/**
 * Backup and restore: the whole series — every table the app owns, history included — as one portable archive, and
 * that archive restored into an empty database of either kind (H2 or PostgreSQL), from the command line or the
 * setup page (record 058).
 */
package app.coulisse.backup;
