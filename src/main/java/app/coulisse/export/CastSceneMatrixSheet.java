package app.coulisse.export;

import app.coulisse.cast.AppearanceMark;
import app.coulisse.export.model.Appearance;
import app.coulisse.export.model.Scene;

import java.util.List;
import java.util.Map;

/** Characters down, played scenes across, a mark where a character appears: S/N, then D when dancing. */
final class CastSceneMatrixSheet {

    private CastSceneMatrixSheet() {
    }

    static void write(ExportContext context) {
        SheetWriter sheet = context.newSheet("sheet.castByScene");
        BreakdownIndex data = context.data();
        List<Scene> scenes = data.playedScenes();
        List<Map<Integer, Appearance>> appearances = scenes.stream().map(BreakdownIndex::appearancesById).toList();

        CastMatrix.ofMarks(context, sheet).write(scenes.stream().map(data::sceneLabel).toList(), data.castInScenes(),
                (member, column) -> {
                    Appearance appearance = appearances.get(column).get(member.castId());
                    return appearance == null ? null : AppearanceMark.of(appearance.speaking(), appearance.dancing());
                });
        CastMatrix.legend(context, sheet, "legend.cast.", List.of("S", "N", "D"));

        sheet.freezeHeader(3, 1);
        sheet.repeatRowsOnEachPage(0, 0);
        sheet.repeatColumnsOnEachPage(0, 2);
        sheet.printAcrossPages(true);
        sheet.fitColumns();
    }
}
