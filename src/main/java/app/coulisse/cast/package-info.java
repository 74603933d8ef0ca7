/**
 * The characters of the series with their cast IDs and performers, and their appearances in
 * scenes: who is in which scene, speaking or not, dancing or not.
 */
package app.coulisse.cast;
