package app.coulisse.export;

import app.coulisse.season.PaperSize;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.util.Arrays;
import java.util.List;

/**
 * Writes one sheet top to bottom, as a streamed sheet requires, and remembers the longest text of
 * each column so the widths can be set from it at the end ({@code autoSizeColumn} needs fonts and
 * every row in memory).
 */
public final class SheetWriter {

    /** Excel's limit for the text of one cell. */
    private static final int MAX_CELL_TEXT = 32_767;
    private static final int MIN_WIDTH_CHARS = 4;
    private static final int MAX_WIDTH_CHARS = 80;
    private static final int FORMULA_WIDTH_CHARS = 6;
    /** Room for a date in its longest usual form, 2026-09-07. */
    private static final int DATE_WIDTH_CHARS = 10;

    private final Sheet sheet;
    private final PaperSize paper;
    private final SheetTemplate template;
    private int[] widths = new int[16];
    /** Widths set by the writer (in characters), which the measured text does not change; 0 for none. */
    private int[] fixedWidths = new int[16];
    /** Upper bounds of wrapped columns (in characters); 0 for none. */
    private int[] maxWidths = new int[16];
    private int nextRow;
    private boolean landscape;

    /** A writer of that sheet, which prints on that paper (A4 when none). */
    public SheetWriter(Sheet sheet, PaperSize paper) {
        this.sheet = sheet;
        this.paper = paper;
        this.template = SheetTemplate.of(sheet);
    }

    public Sheet sheet() {
        return sheet;
    }

    public Row newRow() {
        return sheet.createRow(nextRow++);
    }

    /** The index the next {@link #newRow()} will get. */
    public int nextRowIndex() {
        return nextRow;
    }

    public void skipRow() {
        nextRow++;
    }

    /** A manual page break after this row (already written); a break at or above the last one is ignored. */
    void breakAfter(int row) {
        template.breakAfter(row);
    }

    /** A header row of the given texts from the first column. */
    Row headerRow(List<String> labels, CellStyle style) {
        Row row = newRow();
        for (int column = 0; column < labels.size(); column++) {
            text(row, column, labels.get(column), style);
        }
        return row;
    }

    /**
     * Text wrapped within a column at most {@code maxChars} characters wide (narrower when all its texts
     * are shorter): the row grows to the lines it needs. The style should wrap.
     */
    Cell wrappedText(Row row, int column, String value, CellStyle style, int maxChars) {
        boundWidth(column, maxChars);
        measure(column, Math.min(value == null ? 0 : value.length(), MAX_CELL_TEXT));
        Cell cell = overflowingText(row, column, value, style);
        growTo(row, lines(value, maxChars));
        return cell;
    }

    /** A column no wider than this many characters, however long its texts (they wrap). */
    void boundWidth(int column, int maxChars) {
        if (column >= maxWidths.length) {
            maxWidths = Arrays.copyOf(maxWidths, Math.max(column + 1, maxWidths.length * 2));
        }
        maxWidths[column] = maxChars;
    }

    /** Makes the row at least this many lines of text tall. */
    public static void growTo(Row row, int lines) {
        float height = (float) (Math.max(1, lines) * PageFrame.LINE_POINTS);
        if (lines > 1 && row.getHeightInPoints() < height) {
            row.setHeightInPoints(height);
        }
    }

    /**
     * The lines a text takes wrapped at {@code widthChars}: a column is measured in digits, and the average
     * letter is narrower, but words wrap whole, so one letter per line is kept in reserve.
     */
    static int lines(String value, int widthChars) {
        if (value == null || value.isEmpty()) {
            return 1;
        }
        int usable = Math.max(1, widthChars - 1);
        int lines = 0;
        for (String paragraph : value.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + usable - 1) / usable);
        }
        return lines;
    }

    /** A column of exactly this many characters, whatever is written in it. */
    public void fixWidth(int column, int chars) {
        if (column >= fixedWidths.length) {
            fixedWidths = Arrays.copyOf(fixedWidths, Math.max(column + 1, fixedWidths.length * 2));
        }
        fixedWidths[column] = chars;
    }

    /** Always a string cell: text that looks like a formula ({@code =1+1}) stays text; a missing value is empty. */
    public Cell text(Row row, int column, String value, CellStyle style) {
        measure(column, Math.min(value == null ? 0 : value.length(), MAX_CELL_TEXT));
        return overflowingText(row, column, value, style);
    }

    /** Text allowed to run over the empty cells to its right, so it does not widen its column. */
    Cell overflowingText(Row row, int column, String text, CellStyle style) {
        String value = text == null ? "" : text;
        Cell cell = row.createCell(column);
        cell.setCellValue(value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT) : value);
        cell.setCellStyle(style);
        return cell;
    }

    public Cell number(Row row, int column, double value, CellStyle style) {
        measure(column, numberText(value).length());
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A date shown by the style's number format; a blank cell of that style for none. */
    public Cell date(Row row, int column, LocalDate value, CellStyle style) {
        measure(column, DATE_WIDTH_CHARS);
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * A formula with its result cached, so viewers that do not recalculate on opening (LibreOffice by
     * default, file previews) still show the right figure.
     */
    Cell formula(Row row, int column, String formula, double result, CellStyle style) {
        Cell cell = formulaCell(row, column, formula, style);
        cell.setCellValue(result);
        return cell;
    }

    /** A formula with a text result cached. */
    Cell formula(Row row, int column, String formula, String result, CellStyle style) {
        Cell cell = formulaCell(row, column, formula, style);
        cell.setCellValue(result);
        return cell;
    }

    /**
     * A total by formula such as {@code SUM(G2:G61)} over a range, with its result cached, or 0 when
     * the range is empty: an empty range would make Excel count the header or the total cell itself.
     */
    Cell total(Row row, int column, String function, int firstRow, int firstColumn, int lastRow, int lastColumn,
               double result, CellStyle style) {
        if (lastRow < firstRow || lastColumn < firstColumn) {
            return number(row, column, 0, style);
        }
        String range = range(firstRow, firstColumn, lastRow, lastColumn);
        return formula(row, column, function + "(" + range + ")", result, style);
    }

    /** Styled empty cells, so a fill runs across a whole row or box. */
    public void blanks(Row row, int fromColumn, int toColumn, CellStyle style) {
        for (int column = fromColumn; column <= toColumn; column++) {
            if (row.getCell(column) == null) {
                row.createCell(column).setCellStyle(style);
            }
        }
    }

    public void freezeHeader(int columns, int rows) {
        sheet.createFreezePane(columns, rows);
    }

    public void autoFilter(int headerRow, int lastRow, int lastColumn) {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, lastColumn));
    }

    public void repeatRowsOnEachPage(int firstRow, int lastRow) {
        sheet.setRepeatingRows(new CellRangeAddress(firstRow, lastRow, -1, -1));
    }

    public void repeatColumnsOnEachPage(int firstColumn, int lastColumn) {
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, firstColumn, lastColumn));
    }

    /**
     * Fitted to the page width, as many pages down as needed; {@link #fitColumns()} falls back to
     * {@link PageFrame#MIN_SCALE} across pages if fitting would print the text below 8 pt.
     */
    public void printFittedToWidth(boolean landscape) {
        this.landscape = landscape;
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    private Cell formulaCell(Row row, int column, String formula, CellStyle style) {
        measure(column, FORMULA_WIDTH_CHARS);
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * Column widths from the longest content seen, within sensible bounds, or as fixed by the writer;
     * then a sheet fitted to the page width that would print below 8 pt prints at the smallest
     * readable scale instead, across as many pages as it needs (its repeated rows and columns keep each
     * page readable).
     */
    public void fitColumns() {
        int columns = Math.max(widths.length, fixedWidths.length);
        int[] chars = new int[columns];
        int last = -1;
        for (int column = 0; column < columns; column++) {
            int fixed = column < fixedWidths.length ? fixedWidths[column] : 0;
            int measured = column < widths.length ? widths[column] : 0;
            int bound = column < maxWidths.length && maxWidths[column] > 0 ? maxWidths[column] : MAX_WIDTH_CHARS;
            if (fixed > 0) {
                chars[column] = fixed;
                last = column;
            } else if (measured > 0) {
                chars[column] = Math.min(bound, Math.max(MIN_WIDTH_CHARS, measured) + 2);
                last = column;
            }
        }
        template.columnWidths(chars);
        if (sheet.getFitToPage()) {
            PrintFrame.keepReadable(sheet, widthPoints(chars, last), PrintFrame.printableWidth(paper, landscape));
        }
    }

    /**
     * The printed width of columns 0 to {@code lastColumn} at full scale, in points, from the widths just set (in
     * characters, 0 for the sheet's default): what the sheet answers column by column, without its quadratic scan.
     */
    private double widthPoints(int[] chars, int lastColumn) {
        double points = 0;
        for (int column = 0; column <= lastColumn; column++) {
            int width = chars[column] > 0 ? chars[column] : sheet.getDefaultColumnWidth();
            points += width * 256 * PageFrame.POINTS_PER_WIDTH_UNIT;
        }
        return points;
    }

    /** An A1 reference such as {@code G12}, from zero-based indexes. */
    static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    /** An A1 range such as {@code G2:G61}, from zero-based indexes. */
    static String range(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        return ref(firstRow, firstColumn) + ":" + ref(lastRow, lastColumn);
    }

    private void measure(int column, int length) {
        if (column >= widths.length) {
            widths = Arrays.copyOf(widths, Math.max(column + 1, widths.length * 2));
        }
        widths[column] = Math.max(widths[column], length);
    }

    private static String numberText(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
