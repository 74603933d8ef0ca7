package app.coulisse.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name and per client address over a sliding window; past the limit, further attempts
 * are refused for a while, whether the password is right or not. A success clears the user's and address's count.
 * Kept in memory: one instance serves the room (record 020).
 */
@Component
class LoginAttempts {

    static final int MAX_PER_USER = 10;
    static final int MAX_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration BLOCK = Duration.ofMinutes(15);
    // Bounds the memory an attacker cycling user names can take.
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Counter> byUser = new ConcurrentHashMap<>();
    private final Map<String, Counter> byAddress = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    /** For tests: forgets every count (tests share one server and its address). */
    void clear() {
        byUser.clear();
        byAddress.clear();
    }

    /** For tests: a clock to move time forward. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    /** True while that user name or that address is refused. */
    boolean isBlocked(String username, String address) {
        Instant now = clock.instant();
        return blocked(byUser.get(key(username)), now) || blocked(byAddress.get(String.valueOf(address)), now);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        record(byUser, key(username), MAX_PER_USER, now);
        record(byAddress, String.valueOf(address), MAX_PER_ADDRESS, now);
    }

    void succeeded(String username, String address) {
        byUser.remove(key(username));
        byAddress.remove(String.valueOf(address));
    }

    private void record(Map<String, Counter> counters, String key, int limit, Instant now) {
        if (counters.size() > MAX_TRACKED) {
            counters.values().removeIf(counter -> counter.idle(now));
        }
        counters.computeIfAbsent(key, k -> new Counter()).fail(now, limit);
    }

    private static boolean blocked(Counter counter, Instant now) {
        return counter != null && counter.isBlocked(now);
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** The failures of one name or address inside the window, and until when it is refused. */
    private static final class Counter {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant blockedUntil = Instant.MIN;

        synchronized void fail(Instant now, int limit) {
            prune(now);
            failures.addLast(now);
            if (failures.size() >= limit) {
                blockedUntil = now.plus(BLOCK);
                failures.clear();
            }
        }

        synchronized boolean isBlocked(Instant now) {
            return now.isBefore(blockedUntil);
        }

        synchronized boolean idle(Instant now) {
            prune(now);
            return failures.isEmpty() && !isBlocked(now);
        }

        private void prune(Instant now) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(WINDOW))) {
                failures.removeFirst();
            }
        }
    }
}
