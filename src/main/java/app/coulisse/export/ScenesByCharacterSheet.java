package app.coulisse.export;

import app.coulisse.cast.AppearanceMark;
import app.coulisse.export.model.Appearance;
import app.coulisse.export.model.CastMember;
import app.coulisse.export.model.Scene;
import app.coulisse.core.Eighths;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import java.util.List;
import java.util.Map;

/**
 * What an actor or a dancer gets: one block per character with their played scenes (number, set, D/N,
 * story day, pages, their S/N/D mark) and a total. With {@code sidesPerPage}, a page break follows each
 * block, so each character's sides print on their own pages.
 */
final class ScenesByCharacterSheet {

    private static final List<String> COLUMNS = List.of("column.scene", "column.set", "column.dayNight",
            "column.storyDay", "column.pages", "xlsx.scenes.mark", "breakdown.location");
    private static final int[] COLUMN_CHARS = {9, 34, 12, 9, 8, 7, 20};

    private ScenesByCharacterSheet() {
    }

    static void write(ExportContext context, boolean sidesPerPage) {
        SheetWriter sheet = context.newSheet("sheet.scenesByCharacter");
        WorkbookStyles styles = context.styles();
        BreakdownIndex data = context.data();
        Map<Integer, List<Scene>> scenesByCast = CastListSheet.scenesByCastId(data);
        CellStyle heading = styles.heading(data.series().castColour());
        for (int column = 0; column < COLUMN_CHARS.length; column++) {
            sheet.fixWidth(column, COLUMN_CHARS[column]);
        }

        for (CastMember member : data.castInScenes()) {
            Row title = sheet.newRow();
            String performer = member.performer() == null || member.performer().isBlank() ? "" : " – " + member.performer();
            sheet.overflowingText(title, 0, data.castLabel(member.castId()) + performer, heading);
            sheet.blanks(title, 0, COLUMNS.size() - 1, heading);
            sheet.headerRow(COLUMNS.stream().map(context::label).toList(), styles.header);
            List<Scene> scenes = scenesByCast.getOrDefault(member.castId(), List.of());
            for (Scene scene : scenes) {
                Appearance appearance = BreakdownIndex.appearancesById(scene).get(member.castId());
                Row row = sheet.newRow();
                sheet.text(row, 0, data.sceneLabel(scene), styles.cellCentred);
                sheet.wrappedText(row, 1, scene.interiorExterior() + " " + scene.set(), styles.cell, COLUMN_CHARS[1]);
                sheet.text(row, 2, context.value("time-of-day.", scene.timeOfDay()), styles.cell);
                sheet.text(row, 3, scene.storyDay() > 0 ? Integer.toString(scene.storyDay()) : "", styles.cellCentred);
                sheet.text(row, 4, Eighths.format(scene.eighths()), styles.cellCentred);
                sheet.text(row, 5, AppearanceMark.of(appearance.speaking(), appearance.dancing()), styles.cellCentred);
                sheet.wrappedText(row, 6, scene.shootingLocation(), styles.cell, COLUMN_CHARS[6]);
            }
            Row total = sheet.newRow();
            sheet.text(total, 0, context.label("total"), styles.totalLabel);
            sheet.text(total, 1, context.labelled("episode.scenes", scenes.size()), styles.totalLabel);
            sheet.text(total, 4, Eighths.format(scenes.stream().mapToInt(Scene::eighths).sum()), styles.totalNumber);
            if (sidesPerPage) {
                sheet.breakAfter(total.getRowNum());
            } else {
                sheet.skipRow();
            }
        }
        sheet.printFittedToWidth(false);
        sheet.fitColumns();
    }
}
