package app.coulisse.export;

import app.coulisse.export.model.SeasonBreakdown;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * The season workbook: Episodes, the season One-liner (with an Episode column), Cast x Episodes,
 * then the episode sheets over every scene of the season (cast list, scenes by character and wardrobe by
 * day included), scenes labelled {@code 101/12A}.
 */
public final class SeasonWorkbook {

    private final Function<String, String> labels;

    /** With English sheet names and headers. */
    public SeasonWorkbook() {
        this(ExportLabels.english());
    }

    /** With sheet names and headers from {@code labels}, e.g. {@link ExportLabels#forLocale}. */
    public SeasonWorkbook(Function<String, String> labels) {
        this.labels = labels;
    }

    /** Writes the workbook to {@code out}, which is left open. */
    public void write(SeasonBreakdown season, OutputStream out) throws IOException {
        BreakdownIndex data = BreakdownIndex.of(season);
        StreamedWorkbook.write(out, workbook -> {
            ExportContext context = new ExportContext(workbook, data, labels);
            EpisodesSheet.write(context);
            OneLinerSheet.write(context);
            CastEpisodeMatrixSheet.write(context);
            BreakdownSheets.write(context);
            CastSceneMatrixSheet.write(context);
            DanceNumbersSheet.write(context);
            ElementsSheet.write(context);
            CastListSheet.write(context);
            ScenesByCharacterSheet.write(context, false);
            WardrobeByDaySheet.write(context);
        });
    }
}
