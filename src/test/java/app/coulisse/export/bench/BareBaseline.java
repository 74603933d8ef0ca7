package app.coulisse.export.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The yardstick for the export: the very cells of a written workbook (texts, numbers, formulas, and the
 * empty cells the export writes to carry a fill or a ruled line), in the same sheets and rows, written again
 * by bare POI with no database, no styles and no layout logic (no widths, heights, breaks, merges or print
 * setup). {@link #writeValuesOnly} leaves the empty cells out, as the baseline did before record 040.
 */
final class BareBaseline {

    /** The values of one sheet, row by row: String, Double, a {@link Formula}, {@link #BLANK} or null per cell. */
    private record SheetValues(String name, List<Object[]> rows) {
    }

    private record Formula(String text) {
    }

    /** An empty cell that is there (styled in the export), as opposed to no cell (null). */
    private static final Object BLANK = new Object();

    private final List<SheetValues> sheets;

    private BareBaseline(List<SheetValues> sheets) {
        this.sheets = sheets;
    }

    /** Reads every cell of a workbook, so the baseline writes exactly the same content. */
    static BareBaseline of(byte[] workbook) throws IOException {
        List<SheetValues> sheets = new ArrayList<>();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : read) {
                List<Object[]> rows = new ArrayList<>();
                for (int index = 0; index <= sheet.getLastRowNum(); index++) {
                    Row row = sheet.getRow(index);
                    Object[] cells = new Object[row == null ? 0 : Math.max(0, row.getLastCellNum())];
                    for (int column = 0; column < cells.length; column++) {
                        cells[column] = value(row.getCell(column));
                    }
                    rows.add(cells);
                }
                sheets.add(new SheetValues(sheet.getSheetName(), rows));
            }
        }
        return new BareBaseline(sheets);
    }

    int sheetCount() {
        return sheets.size();
    }

    /** Every cell written, empty ones included. */
    long cellCount() {
        return count(Objects::nonNull);
    }

    /** The empty cells among them. */
    long blankCount() {
        return count(value -> value == BLANK);
    }

    private long count(java.util.function.Predicate<Object> which) {
        return sheets.stream().flatMap(sheet -> sheet.rows().stream())
                .mapToLong(row -> Arrays.stream(row).filter(which).count()).sum();
    }

    /** The same sheets, rows and cells as the export. */
    void write(OutputStream out) throws IOException {
        write(out, true);
    }

    /** The same without the empty cells: the yardstick before record 040. */
    void writeValuesOnly(OutputStream out) throws IOException {
        write(out, false);
    }

    private void write(OutputStream out, boolean blanks) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            for (SheetValues values : sheets) {
                Sheet sheet = workbook.createSheet(values.name());
                for (int index = 0; index < values.rows().size(); index++) {
                    Object[] cells = values.rows().get(index);
                    Row row = sheet.createRow(index);
                    for (int column = 0; column < cells.length; column++) {
                        Object value = cells[column];
                        if (value instanceof String text) {
                            row.createCell(column).setCellValue(text);
                        } else if (value instanceof Double number) {
                            row.createCell(column).setCellValue(number);
                        } else if (value instanceof Formula formula) {
                            row.createCell(column).setCellFormula(formula.text());
                        } else if (value == BLANK && blanks) {
                            row.createCell(column);
                        }
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> cell.getNumericCellValue();
            case FORMULA -> new Formula(cell.getCellFormula());
            case BLANK -> BLANK;
            default -> null;
        };
    }
}
