/**
 * The characters of the series with their cast IDs and performers, and their appearances in
 * scenes: who is in which scene, speaking or not, dancing or not. The cast view edits, merges and
 * deletes characters; the read methods of {@link app.coulisse.cast.CastService} feed boards, reports and exports.
 */
package app.coulisse.cast;
