package app.coulisse.export;

import app.coulisse.export.model.Scene;

import java.util.List;

/**
 * Characters down, played scenes across, a mark where a character appears: S/N, then D when dancing.
 * Printed landscape with narrow scene columns and the ID, name and performer repeated on every page.
 */
final class CastSceneMatrixSheet {

    private CastSceneMatrixSheet() {
    }

    static void write(ExportContext context) {
        SheetWriter sheet = context.newSheet("sheet.castByScene");
        BreakdownIndex data = context.data();
        List<Scene> scenes = data.playedScenes();
        CastMatrix.ofMarks(context, sheet).narrow().write(scenes.stream().map(data::sceneLabel).toList(), data.castInScenes(),
                (member, column) -> data.report().castMark(scenes.get(column), member.castId()));
        CastMatrix.legend(context, sheet, "legend.cast.", List.of("S", "N", "D"));

        sheet.freezeHeader(3, 1);
        sheet.repeatRowsOnEachPage(0, 0);
        sheet.repeatColumnsOnEachPage(0, 2);
        // Fitted to the width when that stays readable (a 17-scene episode on one page), else at the
        // smallest readable scale across pages, the names repeated on each.
        sheet.printFittedToWidth(true);
        sheet.fitColumns();
    }
}
