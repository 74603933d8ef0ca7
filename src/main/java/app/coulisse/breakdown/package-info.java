/**
 * The breakdown: element categories with their colours, elements tagged per scene with quantity and note, the
 * scene tagging panel, and the matrices the reports are laid out with (the Reports screen itself reads the export's
 * read model, in {@code export.ui}).
 */
package app.coulisse.breakdown;
