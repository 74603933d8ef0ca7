package app.coulisse.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two servers on one PostgreSQL database share the login throttle (record 057): a guesser slowed on one is slowed on
 * the other, and the showrunner's lift on one frees the name on both. Runs on the PostgreSQL of {@code .ci/postgres}.
 */
@EnabledIfSystemProperty(named = "coulisse.test.server-db-url", matches = "jdbc:postgresql:.*")
class TwoServersThrottleTest extends ServerTest {

    private static final String GUESSER = "203.0.113.77";

    @Autowired
    LoginAttempts attempts;

    @AfterEach
    void forget() {
        attempts.clear();
    }

    @Test
    void failures_counted_on_one_server_slow_the_guesser_on_the_other() {
        try (ConfigurableApplicationContext other = secondServer()) {
            LoginAttempts theirs = other.getBean(LoginAttempts.class);
            for (int i = 0; i < LoginAttempts.FREE_PER_PAIR; i++) {
                attempts.failed("showrunner", GUESSER);
            }
            assertThat(theirs.waitFor("showrunner", GUESSER)).isPresent();

            theirs.lift("showrunner");
            assertThat(attempts.waitFor("showrunner", GUESSER)).isEmpty();
        }
    }
}
