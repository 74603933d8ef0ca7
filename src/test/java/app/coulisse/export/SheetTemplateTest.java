package app.coulisse.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one-pass column widths and page breaks read back exactly as POI's own setters write them. */
class SheetTemplateTest {

    private static final int[] CHARS = {22, 7, 7, 0, 4, 4, 4, 4, 80, 0, 0, 12};
    private static final int[] BREAKS = {17, 40, 40, 63, 12, 90};

    @Test
    void widthsAndBreaksReadBackAsPoiWritesThem() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(StreamedWorkbook.ROW_WINDOW)) {
            Sheet fast = workbook.createSheet("One pass");
            Sheet poi = workbook.createSheet("POI setters");
            for (int row = 0; row < 100; row++) {
                fast.createRow(row).createCell(0).setCellValue(row);
                poi.createRow(row).createCell(0).setCellValue(row);
            }
            SheetTemplate template = SheetTemplate.of(fast);
            template.columnWidths(CHARS);
            for (int row : BREAKS) {
                template.breakAfter(row);
            }
            for (int column = 0; column < CHARS.length; column++) {
                if (CHARS[column] > 0) {
                    poi.setColumnWidth(column, CHARS[column] * 256);
                }
            }
            for (int row : new int[]{17, 40, 63, 90}) {
                poi.setRowBreak(row);
            }
            workbook.write(file);
        }

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            XSSFSheet fast = read.getSheet("One pass");
            XSSFSheet poi = read.getSheet("POI setters");
            for (int column = 0; column < CHARS.length + 3; column++) {
                assertThat(fast.getColumnWidth(column)).as("column %d", column).isEqualTo(poi.getColumnWidth(column));
                assertThat(fast.isColumnHidden(column)).isEqualTo(poi.isColumnHidden(column));
            }
            assertThat(fast.getColumnWidth(4)).isEqualTo(4 * 256);
            // A run of equal widths is one column range, as Excel writes it.
            assertThat(fast.getCTWorksheet().getColsArray(0).sizeOfColArray()).isEqualTo(5);
            // Breaks in the order written; the one above the last (row 12) is ignored, as rows are written downwards.
            assertThat(fast.getRowBreaks()).containsExactly(17, 40, 63, 90).isEqualTo(poi.getRowBreaks());
            assertThat(fast.getCTWorksheet().getRowBreaks().getCount()).isEqualTo(4);
            assertThat(fast.getCTWorksheet().getRowBreaks().getManualBreakCount()).isEqualTo(4);
            assertThat(fast.getCTWorksheet().getRowBreaks().toString())
                    .isEqualTo(poi.getCTWorksheet().getRowBreaks().toString());
        }
    }

    @Test
    void refusesAColumnWiderThanExcelAllows() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(StreamedWorkbook.ROW_WINDOW)) {
            SheetTemplate template = SheetTemplate.of(workbook.createSheet("Wide"));
            assertThatThrownBy(() -> template.columnWidths(new int[]{10, 256}))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
