package app.coulisse.screenplay;

import app.coulisse.Application;
import app.coulisse.season.SeasonService;
import app.coulisse.security.SystemAuthentication;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The commit time of a 1,000- and a 2,000-scene Fountain import into a fresh episode (the whole app on H2 in
 * memory), after one warm-up import. Run with {@code ./mvnw -B -Pbenchmark -DskipTests test}; the target is a few
 * seconds for 1,000 scenes on a 2-core machine (issue 13).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:import-benchmark;DB_CLOSE_DELAY=-1",
                "--coulisse.demo-data=false", "--coulisse.admin-user=benchmark",
                "--coulisse.admin-password=pointe-shoes-42", "--logging.level.root=warn",
                "--spring.main.banner-mode=off")) {
            SystemAuthentication.asShowrunner(() -> {
                run(context.getBean(SeasonService.class), context.getBean(ScreenplayImportService.class));
                return null;
            });
        }
    }

    private static void run(SeasonService seasons, ScreenplayImportService imports) {
        if (!seasons.hasSeries()) {
            seasons.createSeries("Étoile", "Benchmark room");
        }
        commit(seasons, imports, "900", "WARM", 300);
        System.out.println("== Screenplay import commit (parse outside, then one transaction), H2 in memory");
        commit(seasons, imports, "901", "ODETTE", 1000);
        commit(seasons, imports, "902", "ODILE", 2000);
    }

    private static void commit(SeasonService seasons, ScreenplayImportService imports, String number, String cast,
                               int scenes) {
        byte[] file = LargeScreenplays.fountain(cast, scenes);
        long episode = seasons.createEpisode(number, "Benchmark " + number).getId();
        long start = System.nanoTime();
        ImportResult result = imports.commit(episode, "long.fountain", file, ImportMode.APPEND, Set.of());
        System.out.printf("%,5d scenes, %,5d appearances, %,9d bytes: %7.0f ms%n", result.scenes().size(),
                result.appearances(), file.length, (System.nanoTime() - start) / 1e6);
    }
}
