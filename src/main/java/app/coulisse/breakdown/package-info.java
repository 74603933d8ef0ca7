/**
 * The breakdown: element categories with their colours, elements tagged per scene with quantity
 * and note, the scene tagging panel, and the on-screen breakdown reports (cast × scenes, cast ×
 * episodes, cast by song, elements by category).
 */
package app.coulisse.breakdown;
