package app.coulisse.schedule;

import app.coulisse.export.SheetWriter;
import app.coulisse.export.WorkbookStyles;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * The production workbook's Readiness: go or no go of each number on each shoot day, each failing condition named
 * (record 054).
 */
final class ReadinessSheet {

    private static final int[] WIDTHS = {12, 30, 12, 80};

    private ReadinessSheet() {
    }

    static void write(ProductionWorkbookContext context) {
        WorkbookStyles styles = context.styles();
        SheetWriter sheet = context.newSheet(context.label("production.xlsx.readiness"));
        context.columnTitles(sheet, "date", "number", "go", "reasons");
        CellStyle shortDate = styles.withFormat(styles.centred, "d/m");
        for (SeasonReadiness.NumberDay day : context.readiness().numberDays()) {
            Row row = sheet.newRow();
            sheet.date(row, 0, day.date(), shortDate);
            sheet.text(row, 1, day.title(), styles.text);
            sheet.text(row, 2, context.label(day.go() ? "production.readiness.go" : "production.readiness.no-go"),
                    day.go() ? styles.text : styles.warning());
            context.wrappedText(sheet, row, 3, day.reasons().stream().map(reason -> context.label(reason.messageKey(),
                    reason.arguments().toArray())).collect(Collectors.joining("\n")), WIDTHS[3]);
        }
        context.finish(sheet, WIDTHS.length, WIDTHS);
    }
}
