package app.coulisse.export;

import app.coulisse.export.model.Scene;
import app.coulisse.core.Eighths;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one-liner: one strip-coloured row per scene with a live eighths total, the set, dance numbers,
 * synopsis and shooting location wrapped in bounded columns so the page prints fitted to its width at a
 * readable size. The season workbook writes the same sheet with an Episode column in front.
 */
final class OneLinerSheet {

    private static final List<String> SCENE_COLUMNS = List.of("column.scene", "column.interiorExterior",
            "column.set", "column.dayNight", "column.storyDay", "column.pages", "column.eighths", "column.cast",
            "column.danceNumbers", "column.synopsis", "column.shootingLocation", "breakdown.storyCity");
    /** Bounds of the wrapped columns, in characters: the synopsis wraps rather than shrinking the page. */
    private static final int SET_CHARS = 26;
    private static final int CAST_CHARS = 12;
    private static final int DANCES_CHARS = 16;
    private static final int SYNOPSIS_CHARS = 36;
    private static final int LOCATION_CHARS = 16;
    /** Figures under two-line headers ("Story day", "Eighths"). */
    private static final int FIGURE_CHARS = 8;

    private final ExportContext context;
    private final SheetWriter sheet;
    /** 1 when an Episode column comes first. */
    private final int offset;

    private OneLinerSheet(ExportContext context) {
        this.context = context;
        this.sheet = context.newSheet("sheet.oneLiner");
        this.offset = context.data().season() ? 1 : 0;
    }

    static void write(ExportContext context) {
        new OneLinerSheet(context).write();
    }

    private void write() {
        WorkbookStyles styles = context.styles();
        List<String> keys = new ArrayList<>();
        if (offset == 1) {
            keys.add("column.episode");
        }
        keys.addAll(SCENE_COLUMNS);
        boolean revised = context.data().scenes().stream().anyMatch(Scene::revised);
        if (revised) {
            keys.add("column.revision");
        }
        int lastColumn = keys.size() - 1;
        SheetWriter.growTo(sheet.headerRow(keys.stream().map(context::label).toList(), styles.header), 2);
        sheet.boundWidth(offset + 4, FIGURE_CHARS);
        sheet.boundWidth(offset + 6, FIGURE_CHARS);

        List<Scene> scenes = context.data().scenes();
        for (int index = 0; index < scenes.size(); index++) {
            Scene scene = scenes.get(index);
            if (scene.omitted()) {
                writeOmitted(scene);
            } else {
                String colour = context.data().stripColour(index);
                writeScene(scene, styles.strip(colour), styles.stripCentred(colour), styles.stripWrapped(colour),
                        lastColumn);
            }
            if (revised && scene.revised()) {
                sheet.text(sheet.sheet().getRow(sheet.nextRowIndex() - 1), lastColumn, context.revisionName(scene.revision()),
                        styles.strip(scene.revisionColour()));
            }
        }
        int lastSceneRow = sheet.nextRowIndex() - 1;
        writeTotal(lastSceneRow);

        sheet.freezeHeader(0, 1);
        sheet.autoFilter(0, lastSceneRow, lastColumn);
        sheet.repeatRowsOnEachPage(0, 0);
        sheet.printFittedToWidth(true);
        sheet.fitColumns();
    }

    private Row startRow(Scene scene, CellStyle style) {
        Row row = sheet.newRow();
        if (offset == 1) {
            sheet.text(row, 0, scene.episodeNumber(), style);
        }
        sheet.text(row, offset, scene.number(), style);
        return row;
    }

    private void writeOmitted(Scene scene) {
        Row row = startRow(scene, context.styles().omitted);
        sheet.text(row, offset + 1, context.label("scene.omitted"), context.styles().omitted);
    }

    private void writeScene(Scene scene, CellStyle strip, CellStyle centred, CellStyle wrapped, int lastColumn) {
        Row row = startRow(scene, strip);
        int column = offset + 1;
        sheet.text(row, column++, scene.interiorExterior(), strip);
        sheet.wrappedText(row, column++, scene.set(), wrapped, SET_CHARS);
        sheet.text(row, column++, context.value("time-of-day.", scene.timeOfDay()), strip);
        if (scene.storyDay() > 0) {
            sheet.number(row, column, scene.storyDay(), centred);
        }
        column++;
        sheet.text(row, column++, Eighths.format(scene.eighths()), centred);
        sheet.number(row, column++, scene.eighths(), centred);
        sheet.wrappedText(row, column++, BreakdownIndex.castIds(scene).stream().map(String::valueOf)
                .collect(Collectors.joining(", ")), wrapped, CAST_CHARS);
        sheet.wrappedText(row, column++, context.data().danceTitles(scene), wrapped, DANCES_CHARS);
        sheet.wrappedText(row, column++, scene.synopsis(), wrapped, SYNOPSIS_CHARS);
        sheet.wrappedText(row, column++, scene.shootingLocation(), wrapped, LOCATION_CHARS);
        sheet.text(row, column, scene.storyCity(), strip);
        sheet.blanks(row, 0, lastColumn, strip);
    }

    private void writeTotal(int lastSceneRow) {
        WorkbookStyles styles = context.styles();
        int pagesColumn = offset + 5;
        int eighthsColumn = offset + 6;
        Row row = sheet.newRow();
        sheet.text(row, 0, context.label("total"), styles.totalLabel);
        int eighths = context.data().playedScenes().stream().mapToInt(Scene::eighths).sum();
        sheet.total(row, eighthsColumn, "SUM", 1, eighthsColumn, lastSceneRow, eighthsColumn, eighths,
                styles.totalNumber);
        sheet.formula(row, pagesColumn, Eighths.formula(SheetWriter.ref(row.getRowNum(), eighthsColumn)),
                Eighths.format(eighths), styles.totalNumber);
    }
}
