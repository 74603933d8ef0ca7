/**
 * Revisions of an episode's script in the series' colour order, and every scene's history of changes, marked with
 * the revision they belong to. Built on the outline: it listens to {@code outline.SceneChanged}, never the reverse.
 */
package app.coulisse.revision;
