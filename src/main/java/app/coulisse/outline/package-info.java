/**
 * The writers' room outline: an episode's acts and scenes, scene numbering (locked or not), the
 * series' set catalog and storylines, and the board, one-liner and scene editor screens.
 */
package app.coulisse.outline;
