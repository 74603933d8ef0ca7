package app.coulisse.export;

import app.coulisse.export.model.Episode;

import java.util.List;

/** Characters down, episodes across, the number of played scenes each character is in, totalled by SUM. */
final class CastEpisodeMatrixSheet {

    private CastEpisodeMatrixSheet() {
    }

    static void write(ExportContext context) {
        SheetWriter sheet = context.newSheet("sheet.castByEpisode");
        List<Episode> episodes = context.data().episodes();
        CastMatrix.ofCounts(context, sheet).write(episodes.stream().map(Episode::number).toList(),
                context.data().castInScenes(),
                (member, column) -> context.data().report().scenesInEpisode(episodes.get(column).number(), member.castId()));

        sheet.freezeHeader(3, 1);
        sheet.repeatRowsOnEachPage(0, 0);
        sheet.printFittedToWidth(true);
        sheet.fitColumns();
    }
}
