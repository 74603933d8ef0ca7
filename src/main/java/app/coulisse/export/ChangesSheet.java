package app.coulisse.export;

import app.coulisse.export.model.RevisionChanges;
import app.coulisse.revision.ChangeLabel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * What changed in the episode's current revision, one row per change: scene, what, before, after, who, when; the
 * title row names the revision and its date, filled with its colour; under them, the sections other features add
 * (what the revision touches). Written only once a revision was started.
 */
final class ChangesSheet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private ChangesSheet() {
    }

    static void write(ExportContext context, RevisionChanges revision) {
        if (revision == null) {
            return;
        }
        WorkbookStyles styles = context.styles();
        SheetWriter sheet = context.newSheet("sheet.changes");
        Row title = sheet.newRow();
        sheet.overflowingText(title, 0, context.revisionName(revision.name()) + (revision.label().isEmpty() ? "" : " – " + revision.label())
                + " – " + revision.date(), styles.strip(revision.colour()));
        sheet.headerRow(List.of(context.label("column.scene"), context.label("changes.what"),
                context.label("changes.before"), context.label("changes.after"), context.label("changes.who"),
                context.label("changes.when")), styles.header);
        for (RevisionChanges.Change change : revision.changes()) {
            Row row = sheet.newRow();
            sheet.text(row, 0, change.scene(), styles.text);
            sheet.text(row, 1, ChangeLabel.of(change.kind(), change.field(), context::label), styles.text);
            sheet.text(row, 2, change.before(), styles.text);
            sheet.text(row, 3, change.after(), styles.text);
            sheet.text(row, 4, change.who(), styles.text);
            sheet.text(row, 5, change.when() == null ? "" : WHEN.format(change.when()), styles.text);
        }
        int lastChange = sheet.nextRowIndex() - 1;
        for (RevisionChanges.Section section : revision.sections()) {
            sheet.newRow();
            sheet.overflowingText(sheet.newRow(), 0, section.title(), styles.label);
            for (String line : section.lines()) {
                sheet.overflowingText(sheet.newRow(), 0, line, styles.text);
            }
        }
        sheet.freezeHeader(0, 2);
        sheet.autoFilter(1, lastChange, 5);
        sheet.repeatRowsOnEachPage(1, 1);
        sheet.printFittedToWidth(true);
        sheet.fitColumns();
    }
}
