package app.coulisse.export;

import app.coulisse.export.model.CastMember;
import app.coulisse.export.model.Scene;
import app.coulisse.core.Eighths;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cast list: per character in the scenes, cast ID, name, performer, company, category, dancer, the
 * number of played scenes, their pages and the first and last scene.
 */
final class CastListSheet {

    private static final List<String> COLUMNS = List.of("column.castId", "column.character", "column.performer",
            "xlsx.cast.company", "xlsx.cast.category", "xlsx.cast.dancer", "episode.scenes", "column.pages",
            "xlsx.cast.firstScene", "xlsx.cast.lastScene");
    private static final int[] COLUMN_CHARS = {5, 22, 18, 20, 14, 8, 8, 8, 10, 10};

    private CastListSheet() {
    }

    static void write(ExportContext context) {
        SheetWriter sheet = context.newSheet("sheet.castList");
        WorkbookStyles styles = context.styles();
        BreakdownIndex data = context.data();
        Map<Integer, List<Scene>> scenesByCast = scenesByCastId(data);

        for (int column = 0; column < COLUMN_CHARS.length; column++) {
            sheet.boundWidth(column, COLUMN_CHARS[column]);
        }
        SheetWriter.growTo(sheet.headerRow(COLUMNS.stream().map(context::label).toList(), styles.header), 2);
        for (CastMember member : data.castInScenes()) {
            List<Scene> scenes = scenesByCast.getOrDefault(member.castId(), List.of());
            Row row = sheet.newRow();
            sheet.number(row, 0, member.castId(), styles.cellCentred);
            List<String> texts = Arrays.asList(member.name(), member.performer(), member.company(),
                    context.value("character.category.", member.category()),
                    context.label(member.dancer() ? "xlsx.yes" : "xlsx.no"));
            for (int index = 0; index < texts.size(); index++) {
                sheet.wrappedText(row, index + 1, texts.get(index), styles.cell, COLUMN_CHARS[index + 1]);
            }
            sheet.number(row, 6, scenes.size(), styles.cellCentred);
            sheet.text(row, 7, Eighths.format(scenes.stream().mapToInt(Scene::eighths).sum()), styles.cellCentred);
            sheet.text(row, 8, scenes.isEmpty() ? "" : data.sceneLabel(scenes.getFirst()), styles.cellCentred);
            sheet.text(row, 9, scenes.isEmpty() ? "" : data.sceneLabel(scenes.getLast()), styles.cellCentred);
        }
        sheet.freezeHeader(0, 1);
        sheet.autoFilter(0, sheet.nextRowIndex() - 1, COLUMNS.size() - 1);
        sheet.repeatRowsOnEachPage(0, 0);
        sheet.printFittedToWidth(false);
        sheet.fitColumns();
    }

    /** Each character's played scenes, in order. */
    static Map<Integer, List<Scene>> scenesByCastId(BreakdownIndex data) {
        Map<Integer, List<Scene>> byCast = new HashMap<>();
        for (Scene scene : data.playedScenes()) {
            for (int castId : BreakdownIndex.castIds(scene)) {
                byCast.computeIfAbsent(castId, id -> new ArrayList<>()).add(scene);
            }
        }
        return byCast;
    }
}
