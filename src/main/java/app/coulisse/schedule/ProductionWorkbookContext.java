package app.coulisse.schedule;

import app.coulisse.core.Messages;
import app.coulisse.export.PrintFrame;
import app.coulisse.export.SheetWriter;
import app.coulisse.export.WorkbookStyles;
import app.coulisse.outline.StripColour;
import app.coulisse.season.PaperSize;
import app.coulisse.season.Series;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What every sheet of one production workbook shares: the plan and its readiness, the series, the workbook's
 * language and styles; and the frame every sheet prints in (landscape on the series' paper, the header and footer
 * of every printed workbook, its column titles repeated on each page).
 */
record ProductionWorkbookContext(Workbook workbook, ProductionPlan plan, SeasonReadiness readiness, Series series,
                                 Locale locale, WorkbookStyles styles) {

    /** One line of 11 pt text. */
    private static final float LINE_POINTS = 15;
    /** A row of column titles, two lines high so a long title wraps instead of being cut by the next column. */
    private static final float TITLE_ROW_POINTS = 30;

    private static final Messages MESSAGES = Messages.bundled();

    String label(String key, Object... arguments) {
        return MESSAGES.get(key, locale, arguments);
    }

    /** A scene's time of day in the workbook's language ("NUIT"), as the breakdown workbooks print it. */
    String timeOfDay(String stored) {
        return MESSAGES.find("time-of-day." + stored, locale).orElse(stored);
    }

    String colour(StripColour colour) {
        return colour.in(series);
    }

    PaperSize paper() {
        return series.getPaperSize();
    }

    /** A new sheet, landscape on the series' paper, with the header and footer of every printed workbook. */
    SheetWriter newSheet(String title) {
        SheetWriter writer = new SheetWriter(workbook.createSheet(title), paper());
        writer.sheet().getPrintSetup().setLandscape(true);
        PrintFrame.paper(writer.sheet(), paper());
        PrintFrame.texts(writer.sheet(), series.getTitle(), label("xlsx.header.season") + " " + plan.seasonNumber(),
                title, "", label("xlsx.footer.page"), label("xlsx.footer.printed"));
        return writer;
    }

    /** A row of column titles. */
    Row titleRow(SheetWriter sheet) {
        Row row = sheet.newRow();
        row.setHeightInPoints(TITLE_ROW_POINTS);
        return row;
    }

    /** The first row: the titles {@code production.xlsx.col.<key>} of the given columns. */
    void columnTitles(SheetWriter sheet, String... keys) {
        Row row = titleRow(sheet);
        for (int column = 0; column < keys.length; column++) {
            sheet.text(row, column, label("production.xlsx.col." + keys[column]), styles.columnTitle());
        }
    }

    /** Text wrapped within its column, the row growing to the lines it needs (Excel does not grow it on opening). */
    void wrappedText(SheetWriter sheet, Row row, int column, String value, int columnChars) {
        sheet.text(row, column, value, styles.wrapped);
        int lines = Math.max(1, (int) Math.ceil((value == null ? 0 : value.length()) / (double) columnChars));
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS));
    }

    /** A figure, centred. */
    void number(SheetWriter sheet, Row row, int column, double value) {
        sheet.number(row, column, value, styles.centred);
    }

    /** Column widths in characters; each column fixed. */
    static void widths(SheetWriter sheet, int[] widths) {
        for (int column = 0; column < widths.length; column++) {
            sheet.fixWidth(column, widths[column]);
        }
    }

    /**
     * A table sheet's end: its widths, its title row frozen, repeated on each page and filtering (when it has
     * rows), fitted to the page width but never below 75 %.
     */
    void finish(SheetWriter sheet, int columnCount, int[] widths) {
        widths(sheet, widths);
        sheet.freezeHeader(0, 1);
        sheet.repeatRowsOnEachPage(0, 0);
        if (sheet.nextRowIndex() > 1) {
            sheet.autoFilter(0, 0, columnCount - 1);
        }
        sheet.printFittedToWidth(true);
        sheet.fitColumns();
    }
}
