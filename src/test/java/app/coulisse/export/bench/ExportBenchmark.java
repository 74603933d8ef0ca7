package app.coulisse.export.bench;

import app.coulisse.export.EpisodeWorkbook;
import app.coulisse.export.SeasonWorkbook;
import app.coulisse.export.model.EpisodeBreakdown;
import app.coulisse.export.model.SeasonBreakdown;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The workbook writers alone, on a season-scale model built in memory (no database): season and
 * episode workbook times, peak heap, and the bare POI baseline. Run with {@code ./mvnw -Pbenchmark}.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        SeasonBreakdown season = SeasonDataSet.productionScale();
        EpisodeBreakdown episode = SeasonDataSet.episode(season, 0);
        Measure.Export seasonExport = out -> new SeasonWorkbook().write(season, out);
        Measure.Export episodeExport = out -> new EpisodeWorkbook().write(episode, out);

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        seasonExport.run(file);
        BareBaseline bare = BareBaseline.of(file.toByteArray());
        Measure.Export baseline = bare::write;
        Measure.Export valuesOnly = bare::writeValuesOnly;

        Measure.warmUp(seasonExport, episodeExport, baseline, valuesOnly);
        double[] medians = Measure.interleavedMedians(seasonExport, episodeExport, baseline, valuesOnly);
        Measure.resetHeapPeaks();
        for (int run = 0; run < Measure.WARM_UP_RUNS; run++) {
            seasonExport.run(OutputStream.nullOutputStream());
        }
        double seasonPeak = Measure.heapPeakMegabytes();

        System.out.println("== Workbook writers only (model in memory, no database)");
        System.out.printf("Season data set: %d episodes, %d scenes, %d characters, %d dance numbers%n",
                season.episodes().size(), season.scenes().size(), season.cast().size(), season.danceNumbers().size());
        System.out.printf("Season workbook: %,d bytes, %,d cells (%,d of them empty, styled) in %d sheets%n",
                file.size(), bare.cellCount(), bare.blankCount(), bare.sheetCount());
        Measure.printMachine();
        System.out.printf("Season workbook export:  %7.1f ms  (%.0f MB allocated; target <= 1500 ms)%n", medians[0],
                Measure.allocatedMegabytes(seasonExport));
        System.out.printf("Episode workbook export: %7.1f ms%n", medians[1]);
        System.out.printf("Bare POI baseline:       %7.1f ms  (same sheets, rows and cells, no styles)%n", medians[2]);
        System.out.printf("  values only:           %7.1f ms  (the empty cells left out, as before record 040)%n",
                medians[3]);
        System.out.printf("Season / baseline:       %7.2f x   (target <= 2; %.2f x the values-only baseline)%n",
                medians[0] / medians[2], medians[0] / medians[3]);
        System.out.printf("Peak heap during season exports: %.1f MB (sum of heap pool peaks)%n", seasonPeak);
    }
}
