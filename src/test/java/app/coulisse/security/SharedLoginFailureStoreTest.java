package app.coulisse.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The throttle's counts in the table every server of a PostgreSQL room shares (record 057), here on the embedded
 * database's copy of that table: two servers counting at once lose no failure, and the throttle's rules read the same.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SharedLoginFailureStoreTest extends SpringAppTest {

    private static final Instant NOW = Instant.parse("2026-12-06T20:00:00Z");
    private static final Instant FORGET_BEFORE = NOW.minus(LoginAttempts.FORGET_AFTER);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private SharedLoginFailureStore store;

    @BeforeEach
    @AfterEach
    void empty() {
        store = new SharedLoginFailureStore(jdbc, transactions);
        store.clear();
    }

    @Test
    void two_servers_counting_the_same_key_at_once_lose_no_failure() throws Exception {
        int each = 150;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> counting = new ArrayList<>();
            for (int server = 0; server < 2; server++) {
                SharedLoginFailureStore itsStore = new SharedLoginFailureStore(jdbc, transactions);
                counting.add(servers.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        itsStore.addFailure("address:203.0.113.9", NOW, FORGET_BEFORE);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> server : counting) {
                server.get();
            }
        } finally {
            servers.shutdownNow();
        }
        assertThat(store.failures("address:203.0.113.9")).get()
                .extracting(LoginFailureStore.Failures::count).isEqualTo(2 * each);
    }

    @Test
    void a_failure_after_the_forget_time_counts_from_one_again() {
        store.addFailure("name:writer", NOW, FORGET_BEFORE);
        store.addFailure("name:writer", NOW, FORGET_BEFORE);
        Instant later = NOW.plus(LoginAttempts.FORGET_AFTER).plusSeconds(1);
        assertThat(store.addFailure("name:writer", later, later.minus(LoginAttempts.FORGET_AFTER)).count()).isOne();
    }

    @Test
    void the_throttle_slows_a_guesser_the_same_on_the_shared_store() {
        LoginAttempts attempts = new LoginAttempts(store);
        for (int i = 0; i < LoginAttempts.FREE_PER_PAIR; i++) {
            attempts.failed("showrunner", "203.0.113.9");
        }
        assertThat(attempts.waitFor("showrunner", "203.0.113.9")).get()
                .satisfies(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1)));
        attempts.lift("showrunner");
        assertThat(attempts.waitFor("showrunner", "203.0.113.9")).isEmpty();
    }

    @Test
    void lifting_a_name_takes_the_wildcards_of_sql_literally() {
        store.addFailure("pair:a_b\n10.0.0.1", NOW, FORGET_BEFORE);
        store.addFailure("pair:axb\n10.0.0.1", NOW, FORGET_BEFORE);
        assertThat(store.forgetStartingWith("pair:a_b\n")).containsExactly("pair:a_b\n10.0.0.1");
        assertThat(store.failures("pair:axb\n10.0.0.1")).isPresent();
    }

    @Test
    void a_pair_that_logged_in_is_known_since_its_last_login() {
        store.rememberSuccess("pair:writer\n10.0.0.7", NOW);
        store.rememberSuccess("pair:writer\n10.0.0.7", NOW.plusSeconds(60));
        assertThat(store.succeededSince("pair:writer\n10.0.0.7", NOW.plusSeconds(30))).isTrue();
        assertThat(store.succeededSince("pair:writer\n10.0.0.7", NOW.plusSeconds(90))).isFalse();
        assertThat(store.succeededSince("pair:reader\n10.0.0.7", NOW.minusSeconds(90))).isFalse();
    }
}
