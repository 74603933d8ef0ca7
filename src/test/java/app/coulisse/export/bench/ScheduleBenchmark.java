package app.coulisse.export.bench;

import app.coulisse.Application;
import app.coulisse.cast.CastService;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.readiness.AvailabilityService;
import app.coulisse.dance.readiness.PartDraft;
import app.coulisse.dance.readiness.PartsService;
import app.coulisse.export.WorkbookDump;
import app.coulisse.schedule.DancerOutService;
import app.coulisse.schedule.ProductionExportService;
import app.coulisse.schedule.ReadinessService;
import app.coulisse.schedule.SeasonReadiness;
import app.coulisse.schedule.DayOutOfDays;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.StripboardService;
import app.coulisse.security.SystemAuthentication;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The schedule at season scale: the Day Out of Days of 80 performers × 60 days in memory, then the season-scale room
 * (10 × 60 scenes) boarded into 60 shoot days, the whole plan read from H2 and a strip moved, with their SQL
 * statements, the readiness of its 40 numbers on their shoot days, and its production workbook. Run with {@code ./mvnw -Pbenchmark}.
 */
public final class ScheduleBenchmark {

    private ScheduleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        dayOutOfDaysInMemory();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:schedule-benchmark;DB_CLOSE_DELAY=-1",
                "--coulisse.demo-data=false", "--coulisse.admin-user=benchmark",
                "--coulisse.admin-password=pointe-shoes-42",
                "--spring.jpa.properties.hibernate.generate_statistics=true",
                "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            SystemAuthentication.asShowrunner(() -> {
                try {
                    fromTheDatabase(context);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }
    }

    private static void dayOutOfDaysInMemory() throws Exception {
        List<LocalDate> days = IntStream.range(0, 60).mapToObj(n -> LocalDate.of(2026, 9, 7).plusDays(n)).toList();
        List<DayOutOfDays.Performer> performers = IntStream.rangeClosed(1, 80).mapToObj(id -> new DayOutOfDays.Performer(
                id, "P" + id, "", new DayOutOfDays.Calls(
                days.stream().filter(d -> (d.getDayOfYear() * 7 + id) % 5 < 2).collect(Collectors.toSet()),
                Set.of(days.get(id % 60)), Set.of(days.get((id * 3) % 60)), Set.of()))).toList();
        Measure.Export dood = out -> DayOutOfDays.of(days, performers, 10);
        Measure.warmUp(dood);
        System.out.println("== Schedule");
        System.out.printf("Day out of days, 80 performers x 60 days, in memory: %7.2f ms%n", Measure.medianMillis(dood));
    }

    private static void fromTheDatabase(ConfigurableApplicationContext context) throws Exception {
        BoardedSeason boarded = BoardedSeason.of(context);
        int season = boarded.season();
        StripboardService stripboard = context.getBean(StripboardService.class);
        ProductionPlanService plans = context.getBean(ProductionPlanService.class);
        Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        Measure.Export read = out -> plans.plan(season);
        Measure.warmUp(read);
        statistics.clear();
        ProductionPlan plan = plans.plan(season);
        long readStatements = statistics.getPrepareStatementCount();
        double readMillis = Measure.medianMillis(read);
        int[] turn = {0};
        Measure.Export move = out -> {
            ProductionPlan now = plans.plan(season);
            ProductionPlan.Strip strip = now.days().get(turn[0] % 60).strips().getFirst();
            stripboard.moveStrips(List.of(strip.ref()), now.days().get((turn[0] + 1) % 60).id(), 0);
            turn[0]++;
        };
        statistics.clear();
        ProductionPlan.Strip strip = plan.days().getFirst().strips().getFirst();
        stripboard.moveStrips(List.of(strip.ref()), plan.days().get(1).id(), 0);
        long moveStatements = statistics.getPrepareStatementCount();
        System.out.printf("Stripboard plan of %d strips in %d days, %d performers: %7.1f ms (%d SQL statements)%n",
                plan.scheduled().size() + plan.boneyard().size(), plan.days().size(),
                plan.dayOutOfDays().rows().size(), readMillis, readStatements);
        System.out.printf("Moving a strip (read board + move):        %7.1f ms (%d SQL statements for the move)%n",
                Measure.medianMillis(move), moveStatements);
        readiness(context, season, statistics);
        productionWorkbook(context, season);
    }

    /**
     * The season's production workbook through the service (plan read, readiness, every sheet written): its median
     * time and what one run allocates (the heap's peaks would measure the young generation's size, not what the
     * workbook keeps: record 061). Its dump is left in {@code target/production-workbook-benchmark.txt}, to compare
     * two ways of writing it cell by cell.
     */
    private static void productionWorkbook(ConfigurableApplicationContext context, int season) throws Exception {
        ProductionExportService export = context.getBean(ProductionExportService.class);
        Measure.Export workbook = out -> export.writeProductionWorkbook(season, Locale.ENGLISH, out);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        workbook.run(file);
        Files.writeString(Path.of("target", "production-workbook-benchmark.txt"), WorkbookDump.of(file.toByteArray()));
        Measure.warmUp(workbook);
        double millis = Measure.medianMillis(workbook);
        double allocated = Measure.allocatedMegabytes(workbook);
        System.out.printf("Production workbook (%,d bytes), plan and readiness read: %7.1f ms, %.0f MB allocated%n",
                file.size(), millis, allocated);
    }

    /**
     * Readiness of the season (record 054): 40 numbers on their shoot days of 60, 80 dancers, three parts a number
     * (first cast and two covers, two of three signed off), one dancer out for a week with covers in; the engine
     * with the plan it reads, and given a plan already read (as the board and the workbook do).
     */
    private static void readiness(ConfigurableApplicationContext context, int season, Statistics statistics)
            throws Exception {
        PartsService parts = context.getBean(PartsService.class);
        AvailabilityService availability = context.getBean(AvailabilityService.class);
        ReadinessService readiness = context.getBean(ReadinessService.class);
        ProductionPlanService plans = context.getBean(ProductionPlanService.class);
        List<Long> dancers = context.getBean(CastService.class).characters().stream().map(c -> c.getId()).toList();
        List<DanceNumber> numbers = context.getBean(DanceService.class).danceNumbers();
        for (int n = 0; n < numbers.size(); n++) {
            for (int p = 0; p < 3; p++) {
                long first = dancers.get((n * 3 + p) % dancers.size());
                List<Long> covers = List.of(dancers.get((n * 3 + p + 1) % dancers.size()),
                        dancers.get((n * 3 + p + 2) % dancers.size()));
                long part = parts.addPart(numbers.get(n).getId(), new PartDraft("Part " + p, 1, first, covers));
                parts.signOff(part, first);
                if (p != 2) {
                    parts.signOff(part, covers.getFirst());
                }
            }
        }
        long out = availability.markOut(dancers.getFirst(), LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13), null);
        context.getBean(DancerOutService.class).putCoversIn(season, out);
        Measure.Export whole = sink -> readiness.readiness(season);
        Measure.warmUp(whole);
        statistics.clear();
        SeasonReadiness result = readiness.readiness(season);
        long wholeStatements = statistics.getPrepareStatementCount();
        ProductionPlan plan = plans.plan(season);
        Measure.Export given = sink -> readiness.readiness(plan);
        Measure.warmUp(given);
        statistics.clear();
        readiness.readiness(plan);
        long givenStatements = statistics.getPrepareStatementCount();
        System.out.printf("Readiness of %d numbers x shoot days (%d no go), plan read too: %7.1f ms (%d SQL statements)%n",
                result.numberDays().size(), result.numberDays().stream().filter(d -> !d.go()).count(),
                Measure.medianMillis(whole), wholeStatements);
        System.out.printf("Readiness given the plan already read:               %7.1f ms (%d SQL statements)%n",
                Measure.medianMillis(given), givenStatements);
    }
}

