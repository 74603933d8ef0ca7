/**
 * Reads Fountain and Final Draft (FDX) screenplays into a neutral {@link app.coulisse.screenplay.Screenplay}
 * model: acts, scenes with split headings, elements, characters and lengths in eighths.
 * Plain Java with no UI or persistence types, so the import feature can preview and test it in isolation.
 */
package app.coulisse.screenplay;
