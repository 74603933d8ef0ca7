package app.coulisse.export;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBreak;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageBreak;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * What a sheet holds besides its rows (column widths, manual page breaks), written straight into the sheet's
 * XML in one pass, as POI would write them. POI's own setters rescan everything set before on each call (every
 * column for each width, every break for each break): quadratic on the season workbook's 600 scene columns of
 * Cast x Scenes and 600 pages of breakdown sheets, a fifth of its export time (record 040).
 */
final class SheetTemplate {

    /** A manual break runs across every column, as {@code Sheet.setRowBreak} writes it. */
    private static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();
    /** Excel's widest column. */
    private static final int MAX_WIDTH_CHARS = 255;

    private final Sheet sheet;
    /** The XML behind the sheet; null for a sheet that is neither streamed nor XSSF (its own setters are used). */
    private final CTWorksheet worksheet;
    private CTPageBreak rowBreaks;
    private int breaks;
    private int lastBreak = -1;

    private SheetTemplate(Sheet sheet, CTWorksheet worksheet) {
        this.sheet = sheet;
        this.worksheet = worksheet;
    }

    static SheetTemplate of(Sheet sheet) {
        XSSFSheet xml = switch (sheet) {
            case SXSSFSheet streamed -> streamed.getWorkbook().getXSSFWorkbook().getSheet(streamed.getSheetName());
            case XSSFSheet plain -> plain;
            default -> null;
        };
        return new SheetTemplate(sheet, xml == null ? null : xml.getCTWorksheet());
    }

    /** A page break after this row; rows are written top to bottom, so a row at or above the last break is ignored. */
    void breakAfter(int row) {
        if (row <= lastBreak) {
            return;
        }
        lastBreak = row;
        if (worksheet == null) {
            sheet.setRowBreak(row);
            return;
        }
        if (rowBreaks == null) {
            rowBreaks = worksheet.isSetRowBreaks() ? worksheet.getRowBreaks() : worksheet.addNewRowBreaks();
            breaks = rowBreaks.sizeOfBrkArray();
        }
        CTBreak brk = rowBreaks.addNewBrk();
        brk.setId(row + 1L);
        brk.setMan(true);
        brk.setMax(LAST_COLUMN);
        breaks++;
        rowBreaks.setCount(breaks);
        rowBreaks.setManualBreakCount(breaks);
    }

    /**
     * Sets the width of each column from {@code chars} (in characters, 0 to leave a column at the default), a run
     * of equal widths as one column range, as Excel writes them. Called once per sheet, before any other width.
     */
    void columnWidths(int[] chars) {
        for (int width : chars) {
            if (width > MAX_WIDTH_CHARS) {
                throw new IllegalArgumentException("The maximum column width for an individual cell is 255 characters.");
            }
        }
        CTCols cols = worksheet == null ? null
                : worksheet.sizeOfColsArray() == 0 ? worksheet.addNewCols() : worksheet.getColsArray(0);
        if (cols == null || cols.sizeOfColArray() > 0) {
            for (int column = 0; column < chars.length; column++) {
                if (chars[column] > 0) {
                    sheet.setColumnWidth(column, chars[column] * 256);
                }
            }
            return;
        }
        for (int first = 0; first < chars.length; ) {
            int last = first;
            while (last + 1 < chars.length && chars[last + 1] == chars[first]) {
                last++;
            }
            if (chars[first] > 0) {
                CTCol col = cols.addNewCol();
                col.setMin(first + 1L);
                col.setMax(last + 1L);
                col.setWidth(chars[first]);
                col.setCustomWidth(true);
            }
            first = last + 1;
        }
    }
}
