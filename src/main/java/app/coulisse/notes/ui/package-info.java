/** The scene thread in the scene editor and the episode's open questions in its header. */
package app.coulisse.notes.ui;
