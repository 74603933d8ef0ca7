package app.coulisse.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the login throttle keeps its counts: failures per key (a name, an address, or a name at an address) and the
 * name-at-address pairs that once logged in. {@link InMemoryLoginFailureStore} serves one server on H2; on PostgreSQL
 * {@link SharedLoginFailureStore} lets every server of a cluster share them (records 047, 057).
 */
interface LoginFailureStore {

    /** The failures counted under that key, if any. */
    Optional<Failures> failures(String key);

    /** Counts one more failure under that key at that time, starting again from one when the last is older. */
    Failures addFailure(String key, Instant now, Instant forgetBefore);

    /** Forgets the failures under that key. */
    void forget(String key);

    /** Forgets the failures under every key that starts with that prefix; answers those keys. */
    List<String> forgetStartingWith(String prefix);

    /** Remembers that a pair logged in at that time. */
    void rememberSuccess(String pair, Instant now);

    /** True when that pair logged in after that time. */
    boolean succeededSince(String pair, Instant since);

    /** Forgets everything (tests). */
    void clear();

    /** How many failures a key has and when the last one was. */
    record Failures(int count, Instant last) {
    }
}
