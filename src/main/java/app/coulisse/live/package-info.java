/**
 * The live room: which episodes a committed transaction changed (captured from Hibernate's flush, so every write
 * path is covered), the notices delivered after commit to this server and, on PostgreSQL, to the others through
 * LISTEN/NOTIFY, and who is on which episode and scene now.
 */
package app.coulisse.live;
