package app.coulisse.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as canonical text, to compare two ways of writing it cell by cell: each sheet's print set-up (paper,
 * orientation, scale or fit, margins, header and footer, repeated rows and columns, breaks), frozen panes, filter,
 * column widths and merged regions, then each row's height and each cell's type, value or formula and the style
 * facts a reader sees (font, fill, borders, number format, alignment, wrap, rotation). How a file stores them
 * (shared or inline strings, style indexes, column ranges) is left out: a cell names its style by the order in
 * which the dump first met those facts, and the styles are listed at the end.
 */
public final class WorkbookDump {

    private WorkbookDump() {
    }

    public static String of(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder out = new StringBuilder();
            Map<String, Integer> styles = new LinkedHashMap<>();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                sheet(workbook.getSheetAt(s), styles, out);
            }
            out.append("== styles\n");
            styles.forEach((facts, number) -> out.append('s').append(number).append(' ').append(facts).append('\n'));
            return out.toString();
        }
    }

    private static void sheet(XSSFSheet sheet, Map<String, Integer> styles, StringBuilder out) {
        out.append("== sheet ").append(quoted(sheet.getSheetName())).append('\n');
        PrintSetup print = sheet.getPrintSetup();
        out.append("print: landscape=").append(print.getLandscape()).append(" paper=").append(print.getPaperSize())
                .append(" fitToPage=").append(sheet.getFitToPage()).append(" fitWidth=").append(print.getFitWidth())
                .append(" fitHeight=").append(print.getFitHeight()).append(" scale=").append(print.getScale())
                .append(" autobreaks=").append(sheet.getAutobreaks()).append('\n');
        out.append("margins:");
        for (PageMargin margin : PageMargin.values()) {
            out.append(' ').append(margin.name().toLowerCase(Locale.ROOT)).append('=').append(sheet.getMargin(margin));
        }
        out.append('\n');
        out.append("header: ").append(quoted(sheet.getHeader().getLeft())).append(" | ")
                .append(quoted(sheet.getHeader().getCenter())).append(" | ")
                .append(quoted(sheet.getHeader().getRight())).append('\n');
        out.append("footer: ").append(quoted(sheet.getFooter().getLeft())).append(" | ")
                .append(quoted(sheet.getFooter().getCenter())).append(" | ")
                .append(quoted(sheet.getFooter().getRight())).append('\n');
        out.append("repeat rows=").append(range(sheet.getRepeatingRows())).append(" columns=")
                .append(range(sheet.getRepeatingColumns())).append('\n');
        PaneInformation pane = sheet.getPaneInformation();
        out.append("freeze: ").append(pane == null ? "none" : pane.getVerticalSplitPosition() + ","
                + pane.getHorizontalSplitPosition() + " frozen=" + pane.isFreezePane()).append('\n');
        out.append("filter: ").append(sheet.getCTWorksheet().isSetAutoFilter()
                ? sheet.getCTWorksheet().getAutoFilter().getRef() : "none").append('\n');
        out.append("row breaks: ").append(Arrays.toString(sheet.getRowBreaks())).append(" column breaks: ")
                .append(Arrays.toString(sheet.getColumnBreaks())).append('\n');
        out.append("default: column width=").append(sheet.getDefaultColumnWidth()).append(" row height=")
                .append(sheet.getDefaultRowHeightInPoints()).append('\n');
        int columns = 0;
        for (Row row : sheet) {
            columns = Math.max(columns, row.getLastCellNum());
        }
        out.append("widths:");
        for (int c = 0; c <= columns; c++) {
            out.append(' ').append(CellReference.convertNumToColString(c)).append('=').append(sheet.getColumnWidth(c));
        }
        out.append('\n');
        List<CellRangeAddress> merged = new ArrayList<>(sheet.getMergedRegions());
        merged.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow)
                .thenComparingInt(CellRangeAddress::getFirstColumn));
        out.append("merged:");
        merged.forEach(region -> out.append(' ').append(region.formatAsString()));
        out.append('\n');
        for (Row row : sheet) {
            out.append("row ").append(row.getRowNum() + 1).append(" height=").append(row.getHeightInPoints())
                    .append(row.getZeroHeight() ? " hidden" : "").append('\n');
            for (Cell cell : row) {
                out.append("  ").append(cell.getAddress().formatAsString()).append(' ').append(value(cell))
                        .append(" s").append(styles.computeIfAbsent(style((XSSFCellStyle) cell.getCellStyle()),
                                facts -> styles.size() + 1)).append('\n');
            }
        }
    }

    private static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> "text " + quoted(cell.getStringCellValue());
            case NUMERIC -> "number " + cell.getNumericCellValue();
            case BOOLEAN -> "boolean " + cell.getBooleanCellValue();
            case FORMULA -> "formula " + quoted(cell.getCellFormula()) + " cached "
                    + (cell.getCachedFormulaResultType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                    : quoted(cell.getStringCellValue()));
            case BLANK -> "blank";
            default -> String.valueOf(cell.getCellType());
        };
    }

    private static String style(XSSFCellStyle style) {
        XSSFFont font = style.getFont();
        StringBuilder facts = new StringBuilder();
        facts.append("font=").append(font.getFontName()).append(' ').append(font.getFontHeightInPoints())
                .append(font.getBold() ? " bold" : "").append(font.getItalic() ? " italic" : "")
                .append(" colour=").append(colour(font.getXSSFColor()));
        facts.append(" fill=").append(style.getFillPattern()).append(' ')
                .append(colour(style.getFillForegroundColorColor()));
        facts.append(" borders=").append(style.getBorderTop()).append('/').append(style.getBorderBottom()).append('/')
                .append(style.getBorderLeft()).append('/').append(style.getBorderRight());
        facts.append(" format=").append(quoted(style.getDataFormatString()));
        facts.append(" align=").append(style.getAlignment()).append('/').append(style.getVerticalAlignment());
        facts.append(style.getWrapText() ? " wrap" : "");
        facts.append(style.getRotation() != 0 ? " rotation=" + style.getRotation() : "");
        return facts.toString();
    }

    private static String colour(XSSFColor colour) {
        if (colour == null) {
            return "none";
        }
        if (colour.isIndexed() && colour.getIndexed() > 0 && colour.getARGBHex() == null) {
            return "indexed" + colour.getIndexed();
        }
        return colour.getARGBHex() == null ? "auto" : colour.getARGBHex();
    }

    private static String range(CellRangeAddress range) {
        return range == null ? "none" : range.formatAsString();
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"")
                + "\"";
    }
}
