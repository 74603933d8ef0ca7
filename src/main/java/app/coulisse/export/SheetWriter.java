package app.coulisse.export;

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
final class SheetWriter {

    /** Excel's limit for the text of one cell. */
    private static final int MAX_CELL_TEXT = 32_767;
    private static final int MIN_WIDTH_CHARS = 4;
    private static final int MAX_WIDTH_CHARS = 80;
    private static final int FORMULA_WIDTH_CHARS = 6;

    private final Sheet sheet;
    private int[] widths = new int[16];
    private int nextRow;

    SheetWriter(Sheet sheet) {
        this.sheet = sheet;
    }

    Sheet sheet() {
        return sheet;
    }

    Row newRow() {
        return sheet.createRow(nextRow++);
    }

    /** The index the next {@link #newRow()} will get. */
    int nextRowIndex() {
        return nextRow;
    }

    void skipRow() {
        nextRow++;
    }

    /** A header row of the given texts from the first column. */
    Row headerRow(List<String> labels, CellStyle style) {
        Row row = newRow();
        for (int column = 0; column < labels.size(); column++) {
            text(row, column, labels.get(column), style);
        }
        return row;
    }

    /** Always a string cell: text that looks like a formula ({@code =1+1}) stays text; a missing value is empty. */
    Cell text(Row row, int column, String value, CellStyle style) {
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

    Cell number(Row row, int column, double value, CellStyle style) {
        measure(column, numberText(value).length());
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
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
    void blanks(Row row, int fromColumn, int toColumn, CellStyle style) {
        for (int column = fromColumn; column <= toColumn; column++) {
            if (row.getCell(column) == null) {
                row.createCell(column).setCellStyle(style);
            }
        }
    }

    void freezeHeader(int columns, int rows) {
        sheet.createFreezePane(columns, rows);
    }

    void autoFilter(int headerRow, int lastRow, int lastColumn) {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, lastColumn));
    }

    void repeatRowsOnEachPage(int firstRow, int lastRow) {
        sheet.setRepeatingRows(new CellRangeAddress(firstRow, lastRow, -1, -1));
    }

    void repeatColumnsOnEachPage(int firstColumn, int lastColumn) {
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, firstColumn, lastColumn));
    }

    /** Fitted to the page width, as many pages down as needed. */
    void printFittedToWidth(boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    /** At normal scale, for grids too wide to fit one page: the repeated rows and columns keep pages readable. */
    void printAcrossPages(boolean landscape) {
        sheet.getPrintSetup().setLandscape(landscape);
    }

    private Cell formulaCell(Row row, int column, String formula, CellStyle style) {
        measure(column, FORMULA_WIDTH_CHARS);
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }

    /** Column widths from the longest content seen, within sensible bounds. */
    void fitColumns() {
        for (int column = 0; column < widths.length; column++) {
            if (widths[column] > 0) {
                int chars = Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, widths[column]) + 2);
                sheet.setColumnWidth(column, chars * 256);
            }
        }
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
