package app.coulisse.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The login throttle's counts in this server's memory: on H2 one server serves the room (records 047, 057). */
class InMemoryLoginFailureStore implements LoginFailureStore {

    // Bounds the memory an attacker cycling names or addresses can take: past it, old entries go first.
    static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> successes = new ConcurrentHashMap<>();

    @Override
    public Optional<Failures> failures(String key) {
        return Optional.ofNullable(failures.get(key));
    }

    @Override
    public Failures addFailure(String key, Instant now, Instant forgetBefore) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(counted -> counted.last().isBefore(forgetBefore));
        }
        return failures.merge(key, new Failures(1, now), (counted, one) -> counted.last().isBefore(forgetBefore)
                ? one : new Failures(counted.count() + 1, now));
    }

    @Override
    public void forget(String key) {
        failures.remove(key);
    }

    @Override
    public List<String> forgetStartingWith(String prefix) {
        List<String> keys = failures.keySet().stream().filter(key -> key.startsWith(prefix)).toList();
        keys.forEach(failures::remove);
        return keys;
    }

    @Override
    public void rememberSuccess(String pair, Instant now) {
        if (successes.size() >= MAX_TRACKED) {
            successes.clear();
        }
        successes.put(pair, now);
    }

    @Override
    public boolean succeededSince(String pair, Instant since) {
        Instant last = successes.get(pair);
        return last != null && last.isAfter(since);
    }

    @Override
    public void clear() {
        failures.clear();
        successes.clear();
    }
}
