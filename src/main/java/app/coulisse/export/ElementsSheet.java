package app.coulisse.export;

import app.coulisse.breakdown.ElementQuantity;
import app.coulisse.export.model.ElementCategory;
import app.coulisse.export.report.BreakdownReport;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Per category in its colour, each element once with the quantity to provide ({@link ElementQuantity}:
 * the most any one scene needs), the scenes it is in and the notes given per scene.
 */
final class ElementsSheet {

    private static final int LAST_COLUMN = 3;
    /** Name, quantity, scenes, notes: bounded and wrapped, the quantity centred in its own ruled column. */
    private static final int NAME_CHARS = 30;
    private static final int QUANTITY_CHARS = 10;
    private static final int SCENES_CHARS = 30;
    private static final int NOTES_CHARS = 40;

    private final ExportContext context;
    private final SheetWriter sheet;

    private ElementsSheet(ExportContext context) {
        this.context = context;
        this.sheet = context.newSheet("sheet.elements");
    }

    static void write(ExportContext context) {
        new ElementsSheet(context).write();
    }

    private void write() {
        Map<ElementCategory, List<BreakdownReport.ElementUse>> byCategory = context.data().report().elements().stream()
                .collect(Collectors.groupingBy(BreakdownReport.ElementUse::category, LinkedHashMap::new, Collectors.toList()));
        byCategory.forEach(this::writeCategory);
        sheet.fixWidth(1, QUANTITY_CHARS);
        sheet.printFittedToWidth(false);
        sheet.fitColumns();
    }

    private void writeCategory(ElementCategory category, List<BreakdownReport.ElementUse> elements) {
        WorkbookStyles styles = context.styles();
        CellStyle heading = styles.heading(category.colour());
        Row title = sheet.newRow();
        sheet.text(title, 0, category.name(), heading);
        sheet.blanks(title, 0, LAST_COLUMN, heading);
        sheet.headerRow(List.of(context.label("element.name"), context.label("element.quantity"),
                context.label("element.scenes"), context.label("element.notes")), styles.header);

        for (BreakdownReport.ElementUse usage : elements) {
            Row row = sheet.newRow();
            sheet.wrappedText(row, 0, usage.name(), styles.cell, NAME_CHARS);
            sheet.number(row, 1, usage.quantity(), styles.cellCentred);
            sheet.wrappedText(row, 2, String.join(", ", usage.scenes()), styles.cell, SCENES_CHARS);
            sheet.wrappedText(row, 3, String.join("; ", usage.notes()), styles.cell, NOTES_CHARS);
        }
        sheet.skipRow();
    }
}
