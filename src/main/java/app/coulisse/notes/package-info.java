/**
 * Scene notes: a thread per scene where writers and the production office write notes and ask questions, a
 * question open until marked answered; the open questions counted on every card and one-liner row and listed
 * per episode. The only thing the production office writes in the outline.
 */
package app.coulisse.notes;
