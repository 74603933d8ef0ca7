package app.coulisse.export;

import app.coulisse.dance.ClearanceStatus;
import app.coulisse.dance.CueSheet;
import app.coulisse.dance.DanceDuration;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The music cue sheet of the episode (record 055): per number performed, in the order first heard, its work,
 * composer, recording, music source, usage, timing, sync and master clearance and scenes, with the total timing;
 * then the credit lines the rights holders require, in English and French. Written only when a cue sheet was read.
 */
final class CueSheetSheet {

    private static final List<String> COLUMNS = List.of("cue.number", "cue.work", "cue.composer", "cue.recording",
            "cue.source", "cue.usage", "cue.timing", "cue.sync", "cue.master", "cue.scenes");
    private static final int[] COLUMN_CHARS = {18, 20, 14, 16, 9, 6, 7, 10, 10, 10};
    private static final List<String> CREDIT_COLUMNS = List.of("cue.number", "cue.credit.licensor",
            "cue.credit.language", "cue.credit.line");
    /** A credit line runs over the columns from Recording to Scenes; wrapped for the narrowest they may print. */
    private static final int CREDIT_FIRST = 3;
    private static final int CREDIT_LAST = 9;
    private static final int CREDIT_CHARS = 50;

    private CueSheetSheet() {
    }

    static void write(ExportContext context, CueSheet cueSheet) {
        if (cueSheet == null) {
            return;
        }
        WorkbookStyles styles = context.styles();
        SheetWriter sheet = context.newSheet("sheet.cueSheet");
        for (int column = 0; column < COLUMN_CHARS.length; column++) {
            sheet.boundWidth(column, COLUMN_CHARS[column]);
        }
        SheetWriter.growTo(sheet.headerRow(COLUMNS.stream().map(context::label).toList(), styles.header), 2);
        int firstCue = sheet.nextRowIndex();
        for (CueSheet.Cue cue : cueSheet.cues()) {
            Row row = sheet.newRow();
            List<String> texts = Arrays.asList(cue.title(), cue.work(), cue.composer(),
                    cue.recordedByProduction() ? context.label("cue.recording.production") : cue.recording(),
                    cue.source() == null ? "" : context.value("xlsx.music.", cue.source().name()),
                    cue.usage() == null ? "" : cue.usage().code());
            for (int column = 0; column < texts.size(); column++) {
                wrapped(sheet, row, column, texts.get(column), styles);
            }
            sheet.text(row, 6, DanceDuration.format(cue.timingSeconds()), styles.cellCentred);
            wrapped(sheet, row, 7, clearance(context, cue.sync()), styles);
            wrapped(sheet, row, 8, clearance(context, cue.master()), styles);
            wrapped(sheet, row, 9, String.join(", ", cue.scenes()), styles);
        }
        if (cueSheet.cues().isEmpty()) {
            sheet.overflowingText(sheet.newRow(), 0, context.label("cue.none"), styles.text);
        } else {
            Row total = sheet.newRow();
            sheet.overflowingText(total, 0, context.label("cue.total"), styles.totalLabel);
            sheet.text(total, 6, DanceDuration.format(totalSeconds(cueSheet)), styles.totalNumber);
        }
        sheet.freezeHeader(0, 1);
        sheet.repeatRowsOnEachPage(0, 0);
        if (!cueSheet.credits().isEmpty()) {
            sheet.skipRow();
            Row heading = sheet.newRow();
            CellStyle headingStyle = styles.heading(context.data().series().danceNumberColour());
            sheet.overflowingText(heading, 0, context.label("cue.credits"), headingStyle);
            sheet.blanks(heading, 1, CREDIT_LAST, headingStyle);
            Row header = sheet.headerRow(CREDIT_COLUMNS.stream().map(context::label).toList(), styles.header);
            merge(sheet, header, styles.header);
            for (CueSheet.Credit credit : cueSheet.credits()) {
                creditLine(context, sheet, credit.title(), credit.licensor(), "cue.credit.english", credit.english());
                creditLine(context, sheet, "", "", "cue.credit.french", credit.french());
            }
        }
        sheet.printFittedToWidth(true);
        sheet.fitColumns();
    }

    /** One language's credit line of a licence, the line running over the columns it needs to print whole. */
    private static void creditLine(ExportContext context, SheetWriter sheet, String title, String licensor,
                                   String languageKey, String line) {
        WorkbookStyles styles = context.styles();
        Row row = sheet.newRow();
        wrapped(sheet, row, 0, title, styles);
        wrapped(sheet, row, 1, licensor, styles);
        wrapped(sheet, row, 2, context.label(languageKey), styles);
        sheet.overflowingText(row, CREDIT_FIRST, line == null ? "" : line, styles.cell);
        merge(sheet, row, styles.cell);
        SheetWriter.growTo(row, SheetWriter.lines(line, CREDIT_CHARS));
    }

    private static void merge(SheetWriter sheet, Row row, CellStyle style) {
        sheet.blanks(row, CREDIT_FIRST + 1, CREDIT_LAST, style);
        sheet.sheet().addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), CREDIT_FIRST,
                CREDIT_LAST));
    }

    private static Integer totalSeconds(CueSheet cueSheet) {
        int total = cueSheet.cues().stream().mapToInt(cue -> cue.timingSeconds() == null ? 0 : cue.timingSeconds()).sum();
        return total == 0 ? null : total;
    }

    private static String clearance(ExportContext context, ClearanceStatus status) {
        return status == null ? context.label("dance.music.clearance.PENDING")
                : context.label("dance.music.clearance." + status.name());
    }

    private static void wrapped(SheetWriter sheet, Row row, int column, String text, WorkbookStyles styles) {
        sheet.wrappedText(row, column, text == null ? "" : text, styles.cell, COLUMN_CHARS[column]);
    }
}
