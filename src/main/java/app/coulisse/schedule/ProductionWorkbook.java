package app.coulisse.schedule;

import app.coulisse.export.StreamedWorkbook;
import app.coulisse.export.WorkbookStyles;
import app.coulisse.season.Series;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * The production workbook: Shooting schedule (strips in shoot order, coloured, each day closed by its banner with
 * the day's totals), Day out of days (codes in their colours, totals), Rehearsals (per number, per call, per dancer,
 * with the warnings), Shoes and costumes, Readiness (go or no go per number and shoot day), and the sheets other
 * features add ({@link ProductionWorkbookTable}). Every sheet prints landscape on the series' paper, fitted to width
 * but never below 75 %, framed like the breakdown workbooks, its header row (and the DOOD's names) repeated. Written
 * on the export toolkit like them: streamed, a window of rows in memory, styles shared (record 061).
 */
final class ProductionWorkbook {

    private final ProductionPlan plan;
    private final SeasonReadiness readiness;
    private final List<ProductionWorkbookTable.Table> tables;
    private final Series series;
    private final Locale locale;

    ProductionWorkbook(ProductionPlan plan, SeasonReadiness readiness, List<ProductionWorkbookTable.Table> tables,
                       Series series, Locale locale) {
        this.plan = plan;
        this.readiness = readiness;
        this.tables = List.copyOf(tables);
        this.series = series;
        this.locale = locale;
    }

    void write(OutputStream out) throws IOException {
        StreamedWorkbook.write(out, workbook -> {
            ProductionWorkbookContext context = new ProductionWorkbookContext(workbook, plan, readiness, series, locale,
                    new WorkbookStyles(workbook));
            ShootingScheduleSheet.write(context);
            DayOutOfDaysSheet.write(context);
            RehearsalsSheet.write(context);
            ShoesSheet.write(context);
            ReadinessSheet.write(context);
            tables.forEach(table -> AddedTableSheet.write(context, table));
        });
    }
}
