package app.coulisse.schedule;

import app.coulisse.core.Eighths;
import app.coulisse.export.SheetWriter;
import app.coulisse.export.WorkbookStyles;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/** The production workbook's Shooting schedule: strips in shoot order, coloured, each day closed by its banner. */
final class ShootingScheduleSheet {

    private static final String[] COLUMNS = {"day", "date", "unit", "scene", "int-ext", "set", "day-night", "pages",
            "eighths", "cast", "dances"};
    private static final int[] WIDTHS = {6, 12, 16, 10, 8, 34, 10, 8, 8, 18, 28};
    /** The figure column: a strip's eighths, a day's, the season's. */
    private static final int EIGHTHS = 8;
    private static final String BANNER = "#37474F";

    private ShootingScheduleSheet() {
    }

    static void write(ProductionWorkbookContext context) {
        WorkbookStyles styles = context.styles();
        SheetWriter sheet = context.newSheet(context.label("production.xlsx.schedule"));
        context.columnTitles(sheet, COLUMNS);
        int totalEighths = 0;
        int totalScenes = 0;
        for (ProductionPlan.BoardDay day : context.plan().days()) {
            if (day.type() != DayType.SHOOT) {
                continue;
            }
            for (ProductionPlan.Strip strip : day.strips()) {
                Row row = sheet.newRow();
                String colour = context.colour(strip.colour());
                CellStyle style = styles.ruledStrip(colour);
                sheet.text(row, 0, String.valueOf(day.number()), style);
                sheet.text(row, 1, day.date().toString(), style);
                sheet.text(row, 2, day.unitName(), style);
                sheet.text(row, 3, strip.label(), style);
                sheet.text(row, 4, strip.intExt(), style);
                sheet.text(row, 5, strip.set(), style);
                sheet.text(row, 6, context.timeOfDay(strip.timeOfDay()), style);
                sheet.text(row, 7, Eighths.format(strip.eighths()), style);
                sheet.number(row, EIGHTHS, strip.eighths(), styles.ruledStripCentred(colour));
                sheet.text(row, 9, strip.castIds().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                        style);
                sheet.text(row, 10, String.join(", ", strip.danceTitles()), style);
            }
            Row end = sheet.newRow();
            sheet.text(end, 0, context.label("production.xlsx.end-of-day", day.number(), day.unitName(), day.date(),
                    day.strips().size(), Eighths.format(day.eighths())), styles.banner(BANNER));
            sheet.blanks(end, 1, EIGHTHS - 1, styles.banner(BANNER));
            sheet.number(end, EIGHTHS, day.eighths(), styles.bannerCentred(BANNER));
            sheet.blanks(end, EIGHTHS + 1, COLUMNS.length - 1, styles.banner(BANNER));
            mergeUpToTheFigure(sheet, end);
            totalEighths += day.eighths();
            totalScenes += day.strips().size();
        }
        sheet.skipRow();
        Row total = sheet.newRow();
        sheet.text(total, 0, context.label("production.xlsx.total", totalScenes, Eighths.format(totalEighths)),
                styles.totalLine());
        sheet.number(total, EIGHTHS, totalEighths, styles.totalLineCentred());
        mergeUpToTheFigure(sheet, total);
        context.finish(sheet, COLUMNS.length, WIDTHS);
    }

    /** A day's or the season's line reads across every column before its eighths. */
    private static void mergeUpToTheFigure(SheetWriter sheet, Row row) {
        sheet.sheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, EIGHTHS - 1));
    }
}
