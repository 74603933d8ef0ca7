/**
 * Screenplay import: Fountain and Final Draft (FDX) files are read into a neutral
 * {@link app.coulisse.screenplay.Screenplay} (plain Java parsers), then mapped onto an episode's scenes, acts, cast
 * and appearances by {@link app.coulisse.screenplay.ScreenplayImportService}, previewed in the import view before
 * one transaction commits them (mapping rules: docs/decisions/003).
 */
package app.coulisse.screenplay;
