package app.coulisse.export.bench;

import app.coulisse.Application;
import app.coulisse.callsheet.CallSheetPdf;
import app.coulisse.callsheet.CallSheetService;
import app.coulisse.callsheet.CallSheetState;
import app.coulisse.core.Messages;
import app.coulisse.schedule.ShootDay;
import app.coulisse.season.PaperSize;
import app.coulisse.security.SystemAuthentication;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Call sheets at season scale: the season-scale room (10 × 60 scenes) boarded into 60 shoot days of 10 scenes; one
 * full day's PDF (time and memory allocated), then all 60 call sheets drafted from one read and rendered. Writes a
 * sample day in English, French and both to {@code target/} to look at. Run with {@code ./mvnw -Pbenchmark}.
 */
public final class CallSheetBenchmark {

    private CallSheetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:callsheet-benchmark;DB_CLOSE_DELAY=-1",
                "--coulisse.demo-data=false", "--coulisse.admin-user=benchmark",
                "--coulisse.admin-password=pointe-shoes-42", "--logging.level.root=warn",
                "--spring.main.banner-mode=off")) {
            SystemAuthentication.asShowrunner(() -> {
                try {
                    run(context);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }
    }

    private static void run(ConfigurableApplicationContext context) throws Exception {
        BoardedSeason boarded = BoardedSeason.of(context);
        int season = boarded.season();
        CallSheetService callSheets = context.getBean(CallSheetService.class);
        List<ShootDay> days = boarded.days();
        long firstDay = days.getFirst().getId();
        Measure.Export oneDay = out -> callSheets.writePdf(season, firstDay, true, List.of(Locale.ENGLISH), out);
        Measure.Export season60 = out -> {
            CallSheetPdf pdf = new CallSheetPdf(Messages.bundled(), List.of(Locale.ENGLISH));
            for (CallSheetState state : callSheets.seasonCallSheets(season)) {
                pdf.write(state.draft(), 0, List.of(), PaperSize.A4, out);
            }
        };
        Measure.warmUp(oneDay, season60);
        System.out.println("== Call sheets");
        System.out.printf("One day's call sheet PDF (10 scenes, read + draft + render): %7.1f ms, %6.1f MB allocated%n",
                Measure.medianMillis(oneDay), Measure.allocatedMegabytes(oneDay));
        System.out.printf("All 60 call sheets of the season (one read, 60 PDFs):      %7.1f ms, %6.1f MB allocated%n",
                Measure.medianMillis(season60), Measure.allocatedMegabytes(season60));
        for (List<Locale> languages : List.of(List.of(Locale.ENGLISH), List.of(Locale.FRENCH),
                List.of(Locale.ENGLISH, Locale.FRENCH))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            callSheets.writePdf(season, firstDay, true, languages, out);
            Path file = Path.of("target", "call-sheet-sample-" + String.join("-",
                    languages.stream().map(Locale::getLanguage).toList()) + ".pdf");
            try (OutputStream written = Files.newOutputStream(file)) {
                out.writeTo(written);
            }
            System.out.printf("Sample written: %s (%d KB)%n", file, out.size() / 1024);
        }
    }
}
