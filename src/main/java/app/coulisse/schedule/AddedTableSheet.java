package app.coulisse.schedule;

import app.coulisse.export.SheetWriter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * A sheet another feature adds to the production workbook ({@link ProductionWorkbookTable}): its titles, then its rows
 * as text.
 */
final class AddedTableSheet {

    private AddedTableSheet() {
    }

    static void write(ProductionWorkbookContext context, ProductionWorkbookTable.Table table) {
        SheetWriter sheet = context.newSheet(table.title());
        Row head = context.titleRow(sheet);
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.text(head, c, table.columns().get(c), context.styles().columnTitle());
        }
        for (List<String> cells : table.rows()) {
            Row row = sheet.newRow();
            for (int c = 0; c < cells.size(); c++) {
                sheet.text(row, c, cells.get(c), context.styles().text);
            }
        }
        context.finish(sheet, table.columns().size(), table.widths());
    }
}
