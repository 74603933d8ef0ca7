/** The highlight menu of the script reader, the "⚑ to check" lists and what a revision touches, on screen. */
package app.coulisse.highlight.ui;
