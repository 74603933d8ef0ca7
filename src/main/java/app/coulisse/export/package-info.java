/**
 * The Excel exports: the episode and season breakdown workbooks that the production office opens,
 * written with Apache POI from the read-only records of {@code app.coulisse.export.model}.
 * Plain Java with no UI or persistence types, so the writers can be unit-tested and benchmarked alone.
 * Its toolkit ({@code StreamedWorkbook}, {@code WorkbookStyles}, {@code SheetWriter}, {@code PrintFrame}) is public:
 * the production workbook of {@code app.coulisse.schedule} is written on it too (record 061).
 */
package app.coulisse.export;
