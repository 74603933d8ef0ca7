package app.coulisse.schedule;

import app.coulisse.export.PrintFrame;
import app.coulisse.export.SheetWriter;
import app.coulisse.export.WorkbookStyles;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The production workbook's Day out of days: each performer's code on each day in its colour, their totals, and
 * what each code means under the grid; a month a page, each page repeating who the row is.
 */
final class DayOutOfDaysSheet {

    /**
     * Column widths in characters: ID, character and performer (wrapped); a day (room for "SWF"); a count (two
     * digits, its title upright); a start or finish date ("10/10").
     */
    private static final int[] LEAD = {4, 14, 11};
    private static final int DAY = 4;
    private static final int COUNT = 3;
    private static final int DATE = 5;
    /**
     * Calc measures a character of Carlito (Calibri's stand-in) about 8 % wider than Excel's 7 pixels: the scale and
     * the hand-made page breaks leave it that room, or Calc breaks a page of its own a few days early.
     */
    private static final double CALC_SLACK = 1.1;
    private static final String[] TOTALS = {"work", "hold", "drop", "rehearsal", "fitting", "travel", "start",
            "finish", "total"};
    /** The days a page is scaled to show beside the names and the totals: a month. */
    private static final int MONTH = 31;
    /** Room for the upright day and total titles ("Répétition"). */
    private static final float HEAD_POINTS = 66;

    private final ProductionWorkbookContext context;
    private final WorkbookStyles styles;
    private final SheetWriter sheet;

    private DayOutOfDaysSheet(ProductionWorkbookContext context) {
        this.context = context;
        this.styles = context.styles();
        this.sheet = context.newSheet(context.label("production.xlsx.dood"));
    }

    static void write(ProductionWorkbookContext context) {
        new DayOutOfDaysSheet(context).write();
    }

    private void write() {
        DayOutOfDays dood = context.plan().dayOutOfDays();
        List<LocalDate> dates = dood.dates();
        Row head = context.titleRow(sheet);
        head.setHeightInPoints(HEAD_POINTS);
        sheet.text(head, 0, context.label("production.xlsx.col.id"), styles.columnTitle());
        sheet.text(head, 1, context.label("production.xlsx.col.character"), styles.columnTitle());
        sheet.text(head, 2, context.label("production.xlsx.col.performer"), styles.columnTitle());
        // A day is a date cell shown as the screen shows it ("Fri 31/7"), its weekday in the workbook's language.
        CellStyle dayTitle = styles.withFormat(styles.columnTitleUpright(), languageTag(context.locale()) + "ddd d/m");
        int c = LEAD.length;
        for (LocalDate date : dates) {
            sheet.date(head, c++, date, dayTitle);
        }
        for (String total : TOTALS) {
            sheet.text(head, c++, context.label("production.xlsx.col." + total), styles.columnTitleUpright());
        }
        CellStyle shortDate = styles.withFormat(styles.centred, "d/m");
        for (DayOutOfDays.Row line : dood.rows()) {
            Row row = sheet.newRow();
            context.number(sheet, row, 0, line.castId());
            context.wrappedText(sheet, row, 1, line.name(), LEAD[1]);
            context.wrappedText(sheet, row, 2, line.performer(), LEAD[2]);
            c = LEAD.length;
            for (LocalDate date : dates) {
                DoodCode code = line.on(date);
                sheet.text(row, c++, code == null ? "" : code.name(),
                        code == null ? styles.text : styles.ruledStripCentred(code.colour()));
            }
            DayOutOfDays.Totals t = line.totals();
            for (int value : new int[]{t.work(), t.hold(), t.drop(), t.rehearsal(), t.fitting(), t.travel()}) {
                context.number(sheet, row, c++, value);
            }
            sheet.date(row, c++, t.start(), shortDate);
            sheet.date(row, c++, t.finish(), shortDate);
            context.number(sheet, row, c, t.total());
        }
        legend();
        int[] widths = new int[LEAD.length + dates.size() + TOTALS.length];
        System.arraycopy(LEAD, 0, widths, 0, LEAD.length);
        Arrays.fill(widths, LEAD.length, widths.length - TOTALS.length, DAY);
        Arrays.fill(widths, widths.length - TOTALS.length, widths.length, COUNT);
        widths[widths.length - 3] = DATE;
        widths[widths.length - 2] = DATE;
        ProductionWorkbookContext.widths(sheet, widths);
        sheet.freezeHeader(LEAD.length, 1);
        sheet.repeatRowsOnEachPage(0, 0);
        sheet.repeatColumnsOnEachPage(0, LEAD.length - 1);
        sheet.fitColumns();
        monthAPage(dates.size(), widths);
    }

    /**
     * What each code means, in the workbook's language, under the grid: the code in its colour, then its meaning
     * wrapped across the character and performer columns, so every page (they repeat) prints it whole.
     */
    private void legend() {
        sheet.skipRow();
        sheet.text(sheet.newRow(), 1, context.label("production.xlsx.legend"), styles.totalLine());
        for (DoodCode code : DoodCode.values()) {
            Row row = sheet.newRow();
            sheet.text(row, 0, code.name(), styles.ruledStripCentred(code.colour()));
            context.wrappedText(sheet, row, 1, context.label("production.xlsx.code." + code.name()), LEAD[1] + LEAD[2]);
            sheet.sheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 2));
        }
    }

    /**
     * The print scale shows a month of days beside the names and the totals on one landscape page (never below
     * 75 %); longer schedules break by hand into pages of as many days as a page holds, the last one ending with the
     * totals.
     */
    private void monthAPage(int days, int[] widths) {
        double perChar = 256 * PrintFrame.pointsPerWidthUnit();
        double lead = Arrays.stream(widths, 0, LEAD.length).sum() * perChar;
        double totals = Arrays.stream(widths, widths.length - TOTALS.length, widths.length).sum() * perChar;
        double day = DAY * perChar;
        double scale = PrintFrame.scaleForBand(sheet.sheet(), context.paper(),
                (lead + Math.min(days, MONTH) * day + totals) * CALC_SLACK);
        double room = PrintFrame.printableWidth(context.paper(), true) / scale / CALC_SLACK - lead;
        int perPage = (int) (room / day);
        int withTotals = (int) ((room - totals) / day);
        int placed = 0;
        while (days - placed > withTotals) {
            int take = Math.min(perPage, days - placed);
            if (take == days - placed) {
                take -= withTotals;
            }
            placed += take;
            sheet.sheet().setColumnBreak(LEAD.length + placed - 1);
        }
    }

    /** The locale prefix of a date format, so that Excel and Calc name the weekday in the workbook's language. */
    private static String languageTag(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? "[$-40C]" : "[$-409]";
    }
}
