package app.coulisse.export;

import app.coulisse.breakdown.ElementQuantity;
import app.coulisse.export.model.ElementCategory;
import app.coulisse.export.model.Scene;
import app.coulisse.export.model.SceneElement;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** One element of a category, gathered over the scenes. */
    private static final class Usage {
        int quantity;
        final List<String> scenes = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    private ElementsSheet(ExportContext context) {
        this.context = context;
        this.sheet = context.newSheet("sheet.elements");
    }

    static void write(ExportContext context) {
        new ElementsSheet(context).write();
    }

    private void write() {
        Map<String, Map<String, Usage>> byCategory = gather();
        for (ElementCategory category : context.data().categories()) {
            Map<String, Usage> elements = byCategory.get(category.name());
            if (elements != null) {
                writeCategory(category, elements);
            }
        }
        sheet.fixWidth(1, QUANTITY_CHARS);
        sheet.printFittedToWidth(false);
        sheet.fitColumns();
    }

    private Map<String, Map<String, Usage>> gather() {
        Map<String, Map<String, Usage>> byCategory = new LinkedHashMap<>();
        for (Scene scene : context.data().playedScenes()) {
            String label = context.data().sceneLabel(scene);
            for (SceneElement element : scene.elements()) {
                Usage usage = byCategory.computeIfAbsent(element.category(), name -> new LinkedHashMap<>())
                        .computeIfAbsent(element.name(), name -> new Usage());
                usage.quantity = ElementQuantity.toProvide(usage.quantity, element.quantity());
                usage.scenes.add(label);
                if (!element.note().isBlank()) {
                    usage.notes.add(label + ": " + element.note());
                }
            }
        }
        return byCategory;
    }

    private void writeCategory(ElementCategory category, Map<String, Usage> elements) {
        WorkbookStyles styles = context.styles();
        CellStyle heading = styles.heading(category.colour());
        Row title = sheet.newRow();
        sheet.text(title, 0, category.name(), heading);
        sheet.blanks(title, 0, LAST_COLUMN, heading);
        sheet.headerRow(List.of(context.label("element.name"), context.label("element.quantity"),
                context.label("element.scenes"), context.label("element.notes")), styles.header);

        Collator collator = Collator.getInstance(Locale.ROOT);
        List<String> names = new ArrayList<>(elements.keySet());
        names.sort(collator);
        for (String name : names) {
            Usage usage = elements.get(name);
            Row row = sheet.newRow();
            sheet.wrappedText(row, 0, name, styles.cell, NAME_CHARS);
            sheet.number(row, 1, usage.quantity, styles.cellCentred);
            sheet.wrappedText(row, 2, String.join(", ", usage.scenes), styles.cell, SCENES_CHARS);
            sheet.wrappedText(row, 3, String.join("; ", usage.notes), styles.cell, NOTES_CHARS);
        }
        sheet.skipRow();
    }
}
