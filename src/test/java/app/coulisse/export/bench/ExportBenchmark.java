package app.coulisse.export.bench;

import app.coulisse.export.EpisodeWorkbook;
import app.coulisse.export.SeasonWorkbook;
import app.coulisse.export.model.EpisodeBreakdown;
import app.coulisse.export.model.SeasonBreakdown;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

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

        Measure.warmUp(seasonExport, episodeExport, baseline);
        Measure.resetHeapPeaks();
        double seasonMillis = Measure.medianMillis(seasonExport);
        double seasonPeak = Measure.heapPeakMegabytes();
        double episodeMillis = Measure.medianMillis(episodeExport);
        double baselineMillis = Measure.medianMillis(baseline);

        System.out.println("== Workbook writers only (model in memory, no database)");
        System.out.printf("Season data set: %d episodes, %d scenes, %d characters, %d dance numbers%n",
                season.episodes().size(), season.scenes().size(), season.cast().size(), season.danceNumbers().size());
        System.out.printf("Season workbook: %,d bytes, %,d cells in %d sheets%n", file.size(), bare.cellCount(),
                bare.sheetCount());
        Measure.printMachine();
        System.out.printf("Season workbook export:  %7.1f ms  (target <= 1500 ms)%n", seasonMillis);
        System.out.printf("Episode workbook export: %7.1f ms%n", episodeMillis);
        System.out.printf("Bare POI baseline:       %7.1f ms  (same cells and values, no styles)%n", baselineMillis);
        System.out.printf("Season / baseline:       %7.2f x   (target <= 3)%n", seasonMillis / baselineMillis);
        System.out.printf("Peak heap during season exports: %.1f MB (sum of heap pool peaks)%n", seasonPeak);
    }
}
