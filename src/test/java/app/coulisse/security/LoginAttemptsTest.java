package app.coulisse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The throttle's rules (record 047): a guesser is slowed more and more, the owner where they log in is not. */
class LoginAttemptsTest {

    private static final String OWNER_DESK = "10.0.0.7";
    private static final String GUESSER = "203.0.113.9";

    private final LoginAttempts attempts = new LoginAttempts(new InMemoryLoginFailureStore());
    private Instant now = Instant.parse("2026-12-01T20:00:00Z");

    @BeforeEach
    void freezeTime() {
        move(Duration.ZERO);
    }

    @Test
    void the_waits_double_from_the_last_free_failure_up_to_fifteen_minutes() {
        assertThat(LoginAttempts.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginAttempts.delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginAttempts.delay(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(LoginAttempts.delay(11)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginAttempts.delay(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void a_guesser_gets_a_few_free_tries_then_waits_longer_each_time() {
        for (int i = 0; i < LoginAttempts.FREE_PER_PAIR - 1; i++) {
            attempts.failed("showrunner", GUESSER);
        }
        assertThat(attempts.waitFor("showrunner", GUESSER)).isEmpty();
        attempts.failed("showrunner", GUESSER);
        assertThat(attempts.waitFor("showrunner", GUESSER)).hasValue(Duration.ofSeconds(1));
        move(Duration.ofSeconds(1));
        attempts.failed("showrunner", GUESSER);
        assertThat(attempts.waitFor("showrunner", GUESSER)).hasValue(Duration.ofSeconds(2));
    }

    @Test
    void guessers_on_many_addresses_never_lock_the_owner_out_where_they_log_in() {
        attempts.succeeded("showrunner", OWNER_DESK);
        for (int address = 0; address < 40; address++) {
            for (int i = 0; i < LoginAttempts.FREE_PER_PAIR; i++) {
                attempts.failed("showrunner", "198.51.100." + address);
            }
        }

        assertThat(attempts.waitFor("showrunner", OWNER_DESK)).as("the owner at their desk").isEmpty();
        assertThat(attempts.waitFor("showrunner", "192.0.2.1")).as("anyone new, for that name").isPresent();
    }

    @Test
    void many_names_tried_from_one_office_do_not_stop_who_logged_in_there_before() {
        attempts.succeeded("writer", GUESSER);
        for (int i = 0; i < LoginAttempts.FREE_PER_ADDRESS; i++) {
            attempts.failed("name-" + i, GUESSER);
        }

        assertThat(attempts.waitFor("writer", GUESSER)).isEmpty();
        assertThat(attempts.waitFor("someone-new", GUESSER)).isPresent();
    }

    @Test
    void a_success_clears_its_own_pair_but_not_the_address() {
        for (int i = 0; i < LoginAttempts.FREE_PER_ADDRESS - 1; i++) {
            attempts.failed("name-" + i, GUESSER);
        }
        attempts.succeeded("writer", GUESSER);
        attempts.failed("one-more", GUESSER);

        assertThat(attempts.waitFor("another", GUESSER)).isPresent();
    }

    @Test
    void lifting_a_lockout_lets_the_name_in_from_everywhere() {
        for (int i = 0; i < LoginAttempts.FREE_PER_ADDRESS; i++) {
            move(Duration.ofMinutes(16));
            attempts.failed("showrunner", GUESSER);
        }
        assertThat(attempts.waitFor("showrunner", GUESSER)).hasValue(Duration.ofMinutes(15));

        attempts.lift("Showrunner ");

        assertThat(attempts.waitFor("showrunner", OWNER_DESK)).isEmpty();
        assertThat(attempts.waitFor("showrunner", GUESSER)).isEmpty();
    }

    @Test
    void failures_are_forgotten_an_hour_after_the_last() {
        for (int i = 0; i < LoginAttempts.FREE_PER_PAIR; i++) {
            attempts.failed("writer", GUESSER);
        }
        move(LoginAttempts.FORGET_AFTER.plusSeconds(1));
        attempts.failed("writer", GUESSER);

        assertThat(attempts.waitFor("writer", GUESSER)).isEmpty();
    }

    private void move(Duration duration) {
        now = now.plus(duration);
        attempts.useClock(Clock.fixed(now, ZoneOffset.UTC));
    }
}
