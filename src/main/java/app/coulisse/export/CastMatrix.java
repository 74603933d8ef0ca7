package app.coulisse.export;

import app.coulisse.export.model.CastMember;
import org.apache.poi.ss.usermodel.Row;

import java.util.List;

/**
 * A characters-down grid (ID, name, performer, then one column per scene, episode or dance number)
 * with a total by formula at the end of each row and under each column. Cells hold a mark (text,
 * totalled with COUNTA) or a count (number, totalled with SUM).
 */
final class CastMatrix {

    static final int LEAD_COLUMNS = 3;
    /** Narrow grids: a mark column four characters wide, names and performers wrapped within these bounds. */
    static final int NARROW_COLUMN_CHARS = 4;
    static final int NAME_CHARS = 20;
    static final int PERFORMER_CHARS = 16;
    /** Labels longer than a narrow column turn upright; the header row is then this tall. */
    private static final float UPRIGHT_HEADER_POINTS = 48;

    /** The value of one cell: a {@link String} mark, an {@link Integer} count, or null for none. */
    @FunctionalInterface
    interface Cells {
        Object at(CastMember member, int column);
    }

    private final ExportContext context;
    private final SheetWriter sheet;
    private final String totalFunction;
    private final boolean narrow;

    private CastMatrix(ExportContext context, SheetWriter sheet, String totalFunction, boolean narrow) {
        this.context = context;
        this.sheet = sheet;
        this.totalFunction = totalFunction;
        this.narrow = narrow;
    }

    /**
     * The same grid with narrow mark columns (labels upright when longer than the column) and bounded name
     * columns, so that a page width holds 25 scenes or more.
     */
    CastMatrix narrow() {
        return new CastMatrix(context, sheet, totalFunction, true);
    }

    static CastMatrix ofMarks(ExportContext context, SheetWriter sheet) {
        return new CastMatrix(context, sheet, "COUNTA", false);
    }

    static CastMatrix ofCounts(ExportContext context, SheetWriter sheet) {
        return new CastMatrix(context, sheet, "SUM", false);
    }

    /** Writes the grid from the sheet's next row; returns the index of its header row. */
    int write(List<String> columnHeaders, List<CastMember> cast, Cells cells) {
        WorkbookStyles styles = context.styles();
        int totalColumn = LEAD_COLUMNS + columnHeaders.size();
        Row header = sheet.newRow();
        sheet.text(header, 0, context.label("column.castId"), styles.header);
        sheet.text(header, 1, context.label("column.character"), styles.header);
        sheet.text(header, 2, context.label("column.performer"), styles.header);
        boolean upright = narrow && columnHeaders.stream().anyMatch(label -> label.length() >= NARROW_COLUMN_CHARS);
        for (int column = 0; column < columnHeaders.size(); column++) {
            sheet.text(header, LEAD_COLUMNS + column, columnHeaders.get(column), upright ? styles.headerUpright
                    : styles.header);
            if (narrow) {
                sheet.fixWidth(LEAD_COLUMNS + column, NARROW_COLUMN_CHARS);
            }
        }
        if (upright) {
            header.setHeightInPoints(UPRIGHT_HEADER_POINTS);
        } else if (columnHeaders.stream().anyMatch(label -> label.length() > NAME_CHARS / 2)) {
            SheetWriter.growTo(header, 3);
        }
        sheet.text(header, totalColumn, context.label("total"), styles.header);

        int firstRow = sheet.nextRowIndex();
        double[] columnTotals = new double[columnHeaders.size()];
        double grandTotal = 0;
        for (CastMember member : cast) {
            Row row = sheet.newRow();
            sheet.number(row, 0, member.castId(), narrow ? styles.centred : styles.number);
            if (narrow) {
                sheet.wrappedText(row, 1, member.name(), styles.wrapped, NAME_CHARS);
                sheet.wrappedText(row, 2, member.performer(), styles.wrapped, PERFORMER_CHARS);
            } else {
                sheet.text(row, 1, member.name(), styles.text);
                sheet.text(row, 2, member.performer(), styles.text);
            }
            double rowTotal = 0;
            for (int column = 0; column < columnHeaders.size(); column++) {
                double counted = writeCell(row, LEAD_COLUMNS + column, cells.at(member, column));
                rowTotal += counted;
                columnTotals[column] += counted;
            }
            grandTotal += rowTotal;
            sheet.total(row, totalColumn, totalFunction, row.getRowNum(), LEAD_COLUMNS, row.getRowNum(),
                    totalColumn - 1, rowTotal, styles.label);
        }
        int lastRow = sheet.nextRowIndex() - 1;

        Row totals = sheet.newRow();
        sheet.text(totals, 1, context.label("total"), styles.totalLabel);
        for (int column = 0; column < columnHeaders.size(); column++) {
            int index = LEAD_COLUMNS + column;
            sheet.total(totals, index, totalFunction, firstRow, index, lastRow, index, columnTotals[column],
                    styles.totalNumber);
        }
        sheet.total(totals, totalColumn, "SUM", firstRow, totalColumn, lastRow, totalColumn, grandTotal,
                styles.totalNumber);
        return header.getRowNum();
    }

    /** Writes a mark or a count; returns what it adds to the totals (1 per mark, the count itself). */
    private double writeCell(Row row, int column, Object value) {
        if (value instanceof String mark) {
            sheet.text(row, column, mark, context.styles().centred);
            return 1;
        }
        if (value instanceof Integer count) {
            sheet.number(row, column, count, context.styles().centred);
            return count;
        }
        return 0;
    }

    /** The legend rows under a grid of marks, one mark and its meaning (label {@code keyPrefix + mark}) per row. */
    static void legend(ExportContext context, SheetWriter sheet, String keyPrefix, List<String> marks) {
        sheet.skipRow();
        Row title = sheet.newRow();
        sheet.text(title, 1, context.label("legend"), context.styles().label);
        for (String mark : marks) {
            Row row = sheet.newRow();
            sheet.text(row, 0, mark, context.styles().centred);
            sheet.text(row, 1, context.label(keyPrefix + mark), context.styles().text);
        }
    }
}
