package app.coulisse.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Reads a written workbook back with POI's full model, for assertions. */
final class WorkbookReader {

    private static final DataFormatter FORMAT = new DataFormatter();

    private WorkbookReader() {
    }

    static XSSFWorkbook read(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    }

    /** The row as displayed text, formulas shown as their formula; empty cells as "". */
    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < row.getLastCellNum(); column++) {
            Cell cell = row.getCell(column);
            texts.add(cell == null ? "" : FORMAT.formatCellValue(cell));
        }
        return texts;
    }

    static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        return cell == null ? "" : FORMAT.formatCellValue(cell);
    }

    /** {@code RRGGBB} of the cell's solid fill, or "" when it has none. */
    static String fill(Cell cell) {
        XSSFColor colour = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor();
        return colour == null ? "" : colour.getARGBHex().substring(2);
    }

    /** The formula's value as text, evaluated by POI. */
    static String evaluated(FormulaEvaluator evaluator, Cell cell) {
        if (cell.getCellType() != CellType.FORMULA) {
            throw new AssertionError("Not a formula: " + cell.getAddress() + " = " + FORMAT.formatCellValue(cell));
        }
        return FORMAT.formatCellValue(cell, evaluator);
    }

    /** The first row whose given column shows {@code text}. */
    static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && text.equals(FORMAT.formatCellValue(cell))) {
                return row;
            }
        }
        throw new AssertionError("No row with '" + text + "' in column " + column + " of " + sheet.getSheetName());
    }
}
