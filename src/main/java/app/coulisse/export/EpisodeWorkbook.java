package app.coulisse.export;

import app.coulisse.export.model.EpisodeBreakdown;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * The episode breakdown workbook: One-liner, Breakdown sheets, Cast x Scenes, Dance numbers,
 * Elements, Cast list, Scenes by character and Wardrobe by day (then Changes and the Cue sheet when the breakdown
 * has them), streamed to the given output.
 */
public final class EpisodeWorkbook {

    private final Function<String, String> labels;
    private final boolean sidesPerPage;

    /** With English sheet names and headers. */
    public EpisodeWorkbook() {
        this(ExportLabels.english());
    }

    /** With sheet names and headers from {@code labels}, e.g. {@link ExportLabels#forLocale}. */
    public EpisodeWorkbook(Function<String, String> labels) {
        this(labels, false);
    }

    /** With {@code sidesPerPage}, each character's scenes print on their own pages (their sides). */
    public EpisodeWorkbook(Function<String, String> labels, boolean sidesPerPage) {
        this.labels = labels;
        this.sidesPerPage = sidesPerPage;
    }

    /** Writes the cue sheet alone, as its own download, to {@code out}, which is left open. */
    public void writeCueSheet(EpisodeBreakdown breakdown, OutputStream out) throws IOException {
        BreakdownIndex data = BreakdownIndex.of(breakdown);
        StreamedWorkbook.write(out, workbook -> CueSheetSheet.write(new ExportContext(workbook, data, labels),
                breakdown.cueSheet()));
    }

    /** Writes the workbook to {@code out}, which is left open. */
    public void write(EpisodeBreakdown breakdown, OutputStream out) throws IOException {
        BreakdownIndex data = BreakdownIndex.of(breakdown);
        StreamedWorkbook.write(out, workbook -> {
            ExportContext context = new ExportContext(workbook, data, labels);
            OneLinerSheet.write(context);
            BreakdownSheets.write(context);
            CastSceneMatrixSheet.write(context);
            DanceNumbersSheet.write(context);
            ElementsSheet.write(context);
            CastListSheet.write(context);
            ScenesByCharacterSheet.write(context, sidesPerPage);
            WardrobeByDaySheet.write(context);
            ChangesSheet.write(context, breakdown.revision());
            CueSheetSheet.write(context, breakdown.cueSheet());
        });
    }
}
