package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import app.coulisse.season.SeasonService;
import app.coulisse.security.SystemAuthentication;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.FlushEntityEventListener;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The write path of an import is linear in the scenes (issue 13, record 034), measured as work, not wall time:
 * SQL statements, rows the statements read back, and entities dirty-checked at flushes, for a 100-scene and a
 * 1,000-scene file committed for real. Linear work grows about ten-fold; the quadratic path grew a hundred-fold.
 */
class ImportWriteComplexityTest extends ServerTest {

    private static final AtomicLong DIRTY_CHECKS = new AtomicLong();
    private static volatile boolean listening;

    @Autowired
    ScreenplayImportService importService;
    @Autowired
    SeasonService seasonService;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    record Work(long statements, long rowsRead, long dirtyChecks, double seconds) {
        double ratioTo(Work small, java.util.function.ToLongFunction<Work> measure) {
            return (double) measure.applyAsLong(this) / Math.max(1, measure.applyAsLong(small));
        }
    }

    @Test
    void committing_ten_times_the_scenes_costs_about_ten_times_the_work() {
        Work small = commit("760", "ZORBA", 100);
        Work large = commit("761", "YVETTE", 1000);
        System.out.printf("Import write path: 100 scenes %s; 1000 scenes %s%n", small, large);

        assertThat(large.ratioTo(small, Work::statements)).isLessThan(15);
        assertThat(large.ratioTo(small, Work::rowsRead)).isLessThan(15);
        assertThat(large.ratioTo(small, Work::dirtyChecks)).isLessThan(15);
    }

    private Work commit(String episodeNumber, String castPrefix, int scenes) {
        listenToFlushes();
        byte[] file = LargeScreenplays.fountain(castPrefix, scenes);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getStatistics();
        return SystemAuthentication.asShowrunner(() -> {
            long episode = seasonService.createEpisode(episodeNumber, "Long night " + episodeNumber).getId();
            statistics.setStatisticsEnabled(true);
            statistics.clear();
            DIRTY_CHECKS.set(0);
            long start = System.nanoTime();
            try {
                ImportResult result = importService.commit(episode, "long.fountain", file, ImportMode.APPEND, Set.of());
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(result.scenes()).hasSize(scenes);
                assertThat(result.appearances()).isEqualTo(2 * scenes);
                long rows = Arrays.stream(statistics.getQueries())
                        .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionRowCount()).sum();
                return new Work(statistics.getPrepareStatementCount(), rows, DIRTY_CHECKS.get(), seconds);
            } finally {
                statistics.setStatisticsEnabled(false);
            }
        });
    }

    /** Counts every entity a flush dirty-checks (once for the shared test context). */
    private void listenToFlushes() {
        if (listening) {
            return;
        }
        synchronized (ImportWriteComplexityTest.class) {
            if (!listening) {
                entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                        .requireService(EventListenerRegistry.class)
                        .appendListeners(EventType.FLUSH_ENTITY, (FlushEntityEventListener) event -> DIRTY_CHECKS.incrementAndGet());
                listening = true;
            }
        }
    }
}
