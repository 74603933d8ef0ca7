/**
 * The one report layer: the breakdown reports (cast by scene, by episode, by dance number, elements by category,
 * played versus omitted scenes) computed once from the breakdown read model ({@code export.model}). The Reports
 * screen renders them into grids and the workbook sheets into cells, so the two cannot disagree (issue 11).
 */
package app.coulisse.export.report;
