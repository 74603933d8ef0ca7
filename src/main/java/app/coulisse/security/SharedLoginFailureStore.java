package app.coulisse.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The login throttle's counts in the database, so every server of a cluster sees the same failures and the same
 * known pairs (record 057). Each count moves in one statement, so two servers counting at once never lose one.
 */
@Transactional(propagation = Propagation.REQUIRES_NEW)
class SharedLoginFailureStore implements LoginFailureStore {

    private final JdbcClient jdbc;

    SharedLoginFailureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Failures> failures(String key) {
        return jdbc.sql("select failures, last_at from login_failure where failure_key = ?").param(key)
                .query((row, n) -> new Failures(row.getInt(1), row.getTimestamp(2).toInstant())).optional();
    }

    @Override
    public Failures addFailure(String key, Instant now, Instant forgetBefore) {
        int counted = jdbc.sql("""
                        update login_failure set failures = case when last_at < ? then 1 else failures + 1 end,
                        last_at = ? where failure_key = ?""")
                .params(Timestamp.from(forgetBefore), Timestamp.from(now), key).update();
        if (counted == 0) {
            // A new key: the moment to drop the forgotten ones, so the table holds one hour of guessing at most.
            jdbc.sql("delete from login_failure where last_at < ?").param(Timestamp.from(forgetBefore)).update();
            try {
                jdbc.sql("insert into login_failure (failure_key, failures, last_at) values (?, 1, ?)")
                        .params(key, Timestamp.from(now)).update();
                return new Failures(1, now);
            } catch (DuplicateKeyException countedMeanwhile) {
                return addFailure(key, now, forgetBefore);
            }
        }
        return failures(key).orElseThrow();
    }

    @Override
    public void forget(String key) {
        jdbc.sql("delete from login_failure where failure_key = ?").param(key).update();
    }

    @Override
    public List<String> forgetStartingWith(String prefix) {
        String like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<String> keys = jdbc.sql("select failure_key from login_failure where failure_key like ? escape '\\'")
                .param(like).query(String.class).list();
        keys.forEach(this::forget);
        return keys;
    }

    @Override
    public void rememberSuccess(String pair, Instant now) {
        Timestamp at = Timestamp.from(now);
        if (jdbc.sql("update login_success set last_at = ? where pair = ?").params(at, pair).update() == 0) {
            try {
                jdbc.sql("insert into login_success (pair, last_at) values (?, ?)").params(pair, at).update();
            } catch (DuplicateKeyException rememberedMeanwhile) {
                rememberSuccess(pair, now);
            }
        }
    }

    @Override
    public boolean succeededSince(String pair, Instant since) {
        return jdbc.sql("select count(*) from login_success where pair = ? and last_at > ?")
                .params(pair, Timestamp.from(since)).query(Integer.class).single() > 0;
    }

    @Override
    public void clear() {
        jdbc.sql("delete from login_failure").update();
        jdbc.sql("delete from login_success").update();
    }
}
