/**
 * Dance numbers: the catalog of pieces the series stages, with music, choreographer, dancers and
 * rehearsal needs. A number spans scenes and a scene holds numbers, each link with an optional note.
 * Each number also carries its rights and music clearance, its costume pieces and pointe shoes, read by
 * four readiness rules and by an episode's cue sheet (record 055).
 */
package app.coulisse.dance;
