package app.coulisse.export;

import app.coulisse.export.model.Scene;

import java.util.List;

/** Characters down, played scenes across, a mark where a character appears: S/N, then D when dancing. */
final class CastSceneMatrixSheet {

    private CastSceneMatrixSheet() {
    }

    static void write(ExportContext context) {
        SheetWriter sheet = context.newSheet("sheet.castByScene");
        BreakdownIndex data = context.data();
        List<Scene> scenes = data.playedScenes();
        CastMatrix.ofMarks(context, sheet).write(scenes.stream().map(data::sceneLabel).toList(), data.castInScenes(),
                (member, column) -> data.report().castMark(scenes.get(column), member.castId()));
        CastMatrix.legend(context, sheet, "legend.cast.", List.of("S", "N", "D"));

        sheet.freezeHeader(3, 1);
        sheet.repeatRowsOnEachPage(0, 0);
        sheet.repeatColumnsOnEachPage(0, 2);
        sheet.printAcrossPages(true);
        sheet.fitColumns();
    }
}
