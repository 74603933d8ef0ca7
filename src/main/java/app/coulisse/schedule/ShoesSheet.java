package app.coulisse.schedule;

import app.coulisse.cast.CastLabel;
import app.coulisse.export.SheetWriter;
import app.coulisse.export.WorkbookStyles;
import org.apache.poi.ss.usermodel.Row;

/** The production workbook's Shoes and costumes: pairs per number with its costume notes, then per dancer. */
final class ShoesSheet {

    private static final int[] WIDTHS = {30, 12, 10, 10, 60};
    private static final int PAIRS = 3;

    private ShoesSheet() {
    }

    static void write(ProductionWorkbookContext context) {
        WorkbookStyles styles = context.styles();
        ShoeCount shoes = context.plan().shoes();
        SheetWriter sheet = context.newSheet(context.label("production.xlsx.shoes"));
        context.columnTitles(sheet, "number", "per-dancer", "dancers", "pairs", "costumes");
        for (ShoeCount.NumberLine line : shoes.numbers()) {
            Row row = sheet.newRow();
            sheet.text(row, 0, line.title(), styles.text);
            context.number(sheet, row, 1, line.shoesPerDancer());
            context.number(sheet, row, 2, line.dancers());
            context.number(sheet, row, PAIRS, line.pairs());
            context.wrappedText(sheet, row, 4, line.costumeNotes(), WIDTHS[4]);
        }
        Row total = sheet.newRow();
        sheet.text(total, 0, context.label("production.xlsx.col.total"), styles.columnTitle());
        sheet.number(total, PAIRS, shoes.total(), styles.totalLineCentred());
        sheet.skipRow();
        Row head = context.titleRow(sheet);
        sheet.text(head, 0, context.label("production.xlsx.col.dancer"), styles.columnTitle());
        sheet.text(head, 1, context.label("production.xlsx.col.numbers"), styles.columnTitle());
        sheet.text(head, PAIRS, context.label("production.xlsx.col.pairs"), styles.columnTitle());
        for (ShoeCount.DancerLine dancer : shoes.dancers()) {
            Row row = sheet.newRow();
            sheet.text(row, 0, CastLabel.of(dancer.castId(), dancer.name()), styles.text);
            context.number(sheet, row, 1, dancer.numbers());
            context.number(sheet, row, PAIRS, dancer.pairs());
        }
        context.finish(sheet, WIDTHS.length, WIDTHS);
    }
}
