package app.coulisse.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The login throttle (record 047): it slows a guesser without locking the owner out. Failures are counted per name at
 * an address, per address and per name; from the last free one on, each count imposes a wait that doubles with every
 * further failure, up to {@link #MAX_DELAY}. The address and name counts do not hold back a name at an address where
 * it logged in before, so a guesser elsewhere, or many names tried from one office, never shut out a known owner.
 * A success clears only its own pair's count. Counts are forgotten {@link #FORGET_AFTER} after the last failure.
 */
@Component
class LoginAttempts {

    static final int FREE_PER_PAIR = 5;
    static final int FREE_PER_ADDRESS = 30;
    static final int FREE_PER_NAME = 50;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** How long a pair that logged in stays known. */
    static final Duration KNOWN_FOR = Duration.ofDays(90);

    private final LoginFailureStore store;
    private Clock clock = Clock.systemUTC();

    LoginAttempts(LoginFailureStore store) {
        this.store = store;
    }

    /** For tests: forgets every count and every known pair (tests share one server and its address). */
    void clear() {
        store.clear();
    }

    /** For tests: a clock to move time forward. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    /** How long that name at that address must still wait before it may try again; empty when it may now. */
    Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        String name = name(username);
        boolean known = store.succeededSince(pair(name, address), now.minus(KNOWN_FOR));
        Stream<Optional<Instant>> ends = known ? Stream.of(until(pair(name, address), FREE_PER_PAIR))
                : Stream.of(until(pair(name, address), FREE_PER_PAIR), until(address(address), FREE_PER_ADDRESS),
                        until("name:" + name, FREE_PER_NAME));
        return ends.flatMap(Optional::stream).filter(now::isBefore).max(Instant::compareTo)
                .map(end -> Duration.between(now, end));
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        Instant forgetBefore = now.minus(FORGET_AFTER);
        String name = name(username);
        store.addFailure(pair(name, address), now, forgetBefore);
        store.addFailure(address(address), now, forgetBefore);
        store.addFailure("name:" + name, now, forgetBefore);
    }

    void succeeded(String username, String address) {
        String pair = pair(name(username), address);
        store.forget(pair);
        store.rememberSuccess(pair, clock.instant());
    }

    /**
     * Lets that name try again from everywhere now (the showrunner lifts a lockout): its own counts go, and so do
     * those of the addresses it failed from, which would otherwise still hold back a name not yet known there.
     */
    void lift(String username) {
        String name = name(username);
        store.forget("name:" + name);
        String pairs = pair(name, "");
        for (String pair : store.forgetStartingWith(pairs)) {
            store.forget(address(pair.substring(pairs.length())));
        }
    }

    /** When the wait imposed by the failures under that key ends, if they are past the free ones. */
    private Optional<Instant> until(String key, int free) {
        return store.failures(key).filter(failures -> failures.count() >= free)
                .map(failures -> failures.last().plus(delay(failures.count() - free + 1)));
    }

    /** The wait after the n-th failure from the last free one on (n = 1): 1 s, 2 s, 4 s… up to 15 min. */
    static Duration delay(int n) {
        int doublings = Math.min(n - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static String pair(String name, String address) {
        return "pair:" + name + "\n" + address;
    }

    private static String address(String address) {
        return "address:" + address;
    }

    private static String name(String username) {
        return AppUser.username(username);
    }
}
