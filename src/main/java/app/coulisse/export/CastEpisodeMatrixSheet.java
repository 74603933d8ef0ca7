package app.coulisse.export;

import app.coulisse.export.model.Appearance;
import app.coulisse.export.model.Episode;
import app.coulisse.export.model.Scene;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Characters down, episodes across, the number of played scenes each character is in, totalled by SUM. */
final class CastEpisodeMatrixSheet {

    private CastEpisodeMatrixSheet() {
    }

    static void write(ExportContext context) {
        SheetWriter sheet = context.newSheet("sheet.castByEpisode");
        List<Episode> episodes = context.data().episodes();
        Map<String, Map<Integer, Integer>> counts = new HashMap<>();
        for (Scene scene : context.data().playedScenes()) {
            Map<Integer, Integer> episodeCounts = counts.computeIfAbsent(scene.episodeNumber(), n -> new HashMap<>());
            scene.cast().stream().map(Appearance::castId).distinct()
                    .forEach(castId -> episodeCounts.merge(castId, 1, Integer::sum));
        }

        CastMatrix.ofCounts(context, sheet).write(episodes.stream().map(Episode::number).toList(),
                context.data().castInScenes(),
                (member, column) -> counts.getOrDefault(episodes.get(column).number(), Map.of()).get(member.castId()));

        sheet.freezeHeader(3, 1);
        sheet.repeatRowsOnEachPage(0, 0);
        sheet.printFittedToWidth(true);
        sheet.fitColumns();
    }
}
