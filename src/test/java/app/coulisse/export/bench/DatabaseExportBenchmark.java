package app.coulisse.export.bench;

import app.coulisse.Application;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.dance.DanceService;
import app.coulisse.export.BreakdownExportService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.StoryCatalogService;
import app.coulisse.season.SeasonService;
import app.coulisse.security.SystemAuthentication;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The export as the production office meets it: the season-scale room seeded through the
 * services into H2, then the workbooks read from the database and written with POI. Prints the
 * medians, the SQL statements per export, the peak heap and the bare POI baseline, measured interleaved.
 * Run with {@code ./mvnw -Pbenchmark} (heap capped at 512 MB: the whole app runs here).
 */
public final class DatabaseExportBenchmark {

    private DatabaseExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // Command-line arguments, so they win over application.properties (a private in-memory database).
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1",
                "--coulisse.demo-data=false", "--coulisse.admin-user=benchmark",
                "--coulisse.admin-password=pointe-shoes-42",
                "--spring.jpa.properties.hibernate.generate_statistics=true",
                "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            SystemAuthentication.asShowrunner(() -> {
                run(context);
                return null;
            });
        }
    }

    private static void run(ConfigurableApplicationContext context) {
        long seedStart = System.nanoTime();
        SeasonSeeder seeder = new SeasonSeeder(context.getBean(SeasonService.class), context.getBean(OutlineService.class),
                context.getBean(StoryCatalogService.class),
                context.getBean(CastService.class), context.getBean(DanceService.class),
                context.getBean(BreakdownService.class));
        long episodeId = context.getBean(TransactionTemplate.class).execute(status -> seeder.seed());
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        BreakdownExportService export = context.getBean(BreakdownExportService.class);
        Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        Measure.Export seasonExport = out -> export.writeSeasonWorkbook(Locale.ENGLISH, out);
        Measure.Export episodeExport = out -> export.writeEpisodeWorkbook(episodeId, Locale.ENGLISH, out);
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            seasonExport.run(file);
            BareBaseline bare = BareBaseline.of(file.toByteArray());
            Measure.Export baseline = bare::write;
            Measure.Export valuesOnly = bare::writeValuesOnly;

            Measure.warmUp(seasonExport, episodeExport, baseline, valuesOnly);
            long seasonStatements = statementsOf(statistics, seasonExport);
            long episodeStatements = statementsOf(statistics, episodeExport);
            double[] medians = Measure.interleavedMedians(seasonExport, episodeExport, baseline, valuesOnly);
            double seasonAllocated = Measure.allocatedMegabytes(seasonExport);
            double baselineAllocated = Measure.allocatedMegabytes(baseline);
            Measure.resetHeapPeaks();
            for (int run = 0; run < Measure.WARM_UP_RUNS; run++) {
                seasonExport.run(OutputStream.nullOutputStream());
            }
            double seasonPeak = Measure.heapPeakMegabytes();

            System.out.println("== From the database (H2), through the services, to the workbook");
            System.out.printf("Seeded %d episodes x %d scenes, %d characters, %d dance numbers in %.1f s%n",
                    SeasonSeeder.EPISODES, SeasonSeeder.SCENES_PER_EPISODE, SeasonSeeder.CHARACTERS,
                    SeasonSeeder.DANCE_NUMBERS, seedSeconds);
            System.out.printf("Season workbook: %,d bytes, %,d cells (%,d of them empty, styled) in %d sheets%n",
                    file.size(), bare.cellCount(), bare.blankCount(), bare.sheetCount());
            Measure.printMachine();
            System.out.printf("Season workbook export:  %7.1f ms  (%d SQL statements, %.0f MB allocated; target <= 1500 ms)%n",
                    medians[0], seasonStatements, seasonAllocated);
            System.out.printf("Episode workbook export: %7.1f ms  (%d SQL statements)%n", medians[1], episodeStatements);
            System.out.printf("Bare POI baseline:       %7.1f ms  (same sheets, rows and cells, no database, no styles; %.0f MB)%n",
                    medians[2], baselineAllocated);
            System.out.printf("  values only:           %7.1f ms  (the empty cells left out, as before record 040)%n",
                    medians[3]);
            System.out.printf("Season / baseline:       %7.2f x   (target <= 2; %.2f x the values-only baseline)%n",
                    medians[0] / medians[2], medians[0] / medians[3]);
            System.out.printf("Peak heap during season exports: %.1f MB (sum of heap pool peaks)%n", seasonPeak);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long statementsOf(Statistics statistics, Measure.Export export) throws IOException {
        statistics.clear();
        export.run(OutputStream.nullOutputStream());
        return statistics.getPrepareStatementCount();
    }
}
