package app.coulisse.export.bench;

import app.coulisse.Application;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.callsheet.CallSheetPdf;
import app.coulisse.callsheet.CallSheetService;
import app.coulisse.callsheet.CallSheetState;
import app.coulisse.cast.CastService;
import app.coulisse.core.Messages;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.StoryCatalogService;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.ShootDay;
import app.coulisse.schedule.ShootDayService;
import app.coulisse.schedule.ShootUnit;
import app.coulisse.schedule.StripboardService;
import app.coulisse.season.PaperSize;
import app.coulisse.season.SeasonService;
import app.coulisse.security.SystemAuthentication;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

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
        SeasonSeeder seeder = new SeasonSeeder(context.getBean(SeasonService.class), context.getBean(OutlineService.class),
                context.getBean(StoryCatalogService.class), context.getBean(CastService.class),
                context.getBean(DanceService.class), context.getBean(BreakdownService.class));
        context.getBean(TransactionTemplate.class).execute(status -> seeder.seed());
        int season = context.getBean(SeasonService.class).currentSeason().getNumber();
        ShootDayService shootDays = context.getBean(ShootDayService.class);
        StripboardService stripboard = context.getBean(StripboardService.class);
        ProductionPlanService plans = context.getBean(ProductionPlanService.class);
        CallSheetService callSheets = context.getBean(CallSheetService.class);
        ShootUnit unit = shootDays.addUnit(season, "Benchmark unit", "#FFFFFF", "FR", ShootUnit.DEFAULT_TIME_ZONE,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        List<ShootDay> days = shootDays.addDays(unit.getId(), LocalDate.of(2026, 9, 7), 60);
        List<ProductionPlan.Strip> boneyard = plans.plan(season).boneyard();
        for (int d = 0; d < days.size(); d++) {
            stripboard.moveStrips(boneyard.subList(d * 10, d * 10 + 10).stream().map(ProductionPlan.Strip::ref).toList(),
                    days.get(d).getId(), -1);
        }
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
