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
 * The yardstick for the export: the very cells of a written workbook (texts, numbers, formulas),
 * written again by bare POI with no database, no styles and no layout logic.
 */
final class BareBaseline {

    /** The values of one sheet, row by row: String, Double, a {@link Formula} or null per cell. */
    private record SheetValues(String name, List<Object[]> rows) {
    }

    private record Formula(String text) {
    }

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

    long cellCount() {
        return sheets.stream().flatMap(sheet -> sheet.rows().stream())
                .mapToLong(row -> Arrays.stream(row).filter(Objects::nonNull).count()).sum();
    }

    void write(OutputStream out) throws IOException {
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
            default -> null;
        };
    }
}
