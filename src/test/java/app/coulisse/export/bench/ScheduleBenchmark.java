package app.coulisse.export.bench;

import app.coulisse.Application;
import app.coulisse.schedule.DayOutOfDays;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.StripboardService;
import app.coulisse.security.SystemAuthentication;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
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
 * statements. Run with {@code ./mvnw -Pbenchmark}.
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
    }
}
