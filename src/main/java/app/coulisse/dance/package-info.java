/**
 * Dance numbers: the catalog of pieces the series stages, with music, choreographer, dancers and
 * rehearsal needs. A number spans scenes and a scene holds numbers, each link with an optional note.
 */
package app.coulisse.dance;
