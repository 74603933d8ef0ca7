package app.coulisse.screenplay;

import app.coulisse.Application;
import app.coulisse.season.SeasonService;
import app.coulisse.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What keeping the text costs an import (record 049, issue 24): the commit of a 1,000-scene Fountain file into a fresh
 * episode with each scene's text stored, against the same commit with the text-storing step skipped, in one JVM,
 * rounds interleaved (the order alternating) so the shared machine's noise falls on both; the median of each, and of
 * each round's own ratio. Run with {@code ./mvnw -B -Pbenchmark -DskipTests test-compile
 * exec:exec@text-import-benchmark}; the aim is at most 1.3×.
 */
public final class TextImportBenchmark {

    private static final int SCENES = 1000;
    private static final int ROUNDS = 9;
    /** Rounds of both kinds run first and not counted: the JIT still speeds the import up over the first few. */
    private static final int WARM_UP = 3;

    private TextImportBenchmark() {
    }

    /** The store, able to skip its inserts: the import without its text-storing step. */
    static final class SwitchableTextStore extends ScriptTextStore {

        private boolean keep = true;

        SwitchableTextStore(JdbcTemplate jdbc, ScriptElementRepository rows) {
            super(jdbc, rows);
        }

        @Override
        void insert(Collection<NewElement> elements) {
            if (keep) {
                super.insert(elements);
            }
        }
    }

    public static void main(String[] args) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class);
        builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
                return bean.getClass() == ScriptTextStore.class ? new SwitchableTextStore(
                        context.getBean(JdbcTemplate.class), context.getBean(ScriptElementRepository.class)) : bean;
            }
        }));
        try (ConfigurableApplicationContext context = builder.run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:text-import-benchmark;DB_CLOSE_DELAY=-1",
                "--coulisse.demo-data=false", "--coulisse.admin-user=benchmark",
                "--coulisse.admin-password=pointe-shoes-42", "--logging.level.root=warn",
                "--spring.main.banner-mode=off")) {
            SwitchableTextStore store = (SwitchableTextStore) context.getBean(ScriptTextStore.class);
            SystemAuthentication.asShowrunner(() -> {
                run(context.getBean(SeasonService.class), context.getBean(ScreenplayImportService.class), store);
                return null;
            });
        }
    }

    private static void run(SeasonService seasons, ScreenplayImportService imports, SwitchableTextStore store) {
        if (!seasons.hasSeries()) {
            seasons.createSeries("Étoile", "Benchmark room");
        }
        byte[] file = LargeScreenplays.fountain("ODETTE", SCENES);
        int episode = 800;
        for (int round = 0; round < WARM_UP; round++) {
            for (boolean keep : new boolean[] {true, false}) {
                store.keep = keep;
                commit(seasons, imports, String.valueOf(episode++), file);
            }
        }
        List<Double> withText = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        System.out.println("== Import commit of " + SCENES + " scenes, text kept vs text-storing step skipped, H2 in memory");
        for (int round = 0; round < ROUNDS; round++) {
            for (boolean keep : round % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                store.keep = keep;
                double ms = commit(seasons, imports, String.valueOf(episode++), file);
                (keep ? withText : without).add(ms);
                System.out.printf("round %d, %-12s %7.0f ms%n", round + 1, keep ? "text kept:" : "text skipped:", ms);
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            ratios.add(withText.get(round) / without.get(round));
        }
        double kept = median(withText);
        double skipped = median(without);
        System.out.printf("median of %d: text kept %.0f ms, text skipped %.0f ms, ratio %.2f×; median of the rounds'"
                + " own ratios %.2f×%n", ROUNDS, kept, skipped, kept / skipped, median(ratios));
    }

    private static double commit(SeasonService seasons, ScreenplayImportService imports, String number, byte[] file) {
        long episode = seasons.createEpisode(number, "Benchmark " + number).getId();
        long start = System.nanoTime();
        imports.commit(episode, "long.fountain", file, ImportMode.APPEND, Set.of());
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
