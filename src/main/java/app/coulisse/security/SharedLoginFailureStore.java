package app.coulisse.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The login throttle's counts in the database, so every server of a cluster sees the same failures and the same
 * known pairs (record 057). Each count moves in one statement, so two servers counting at once never lose one. Each
 * call is its own transaction, apart from the login's.
 */
class SharedLoginFailureStore implements LoginFailureStore {

    /** A new key inserted by another server in between is found on the next try; more tries mean a broken table. */
    private static final int TRIES = 3;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    SharedLoginFailureStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Optional<Failures> failures(String key) {
        return ownTransaction.execute(status -> read(key));
    }

    @Override
    public Failures addFailure(String key, Instant now, Instant forgetBefore) {
        return racingAnotherServer(() -> {
            int counted = jdbc.sql("""
                            update login_failure set failures = case when last_at < ? then 1 else failures + 1 end,
                            last_at = ? where failure_key = ?""")
                    .params(Timestamp.from(forgetBefore), Timestamp.from(now), key).update();
            if (counted > 0) {
                return read(key).orElseThrow();
            }
            // A new key: the moment to drop the forgotten ones, so the table holds one hour of guessing at most.
            jdbc.sql("delete from login_failure where last_at < ?").param(Timestamp.from(forgetBefore)).update();
            jdbc.sql("insert into login_failure (failure_key, failures, last_at) values (?, 1, ?)")
                    .params(key, Timestamp.from(now)).update();
            return new Failures(1, now);
        });
    }

    @Override
    public void forget(String key) {
        ownTransaction.executeWithoutResult(status -> delete(key));
    }

    @Override
    public List<String> forgetStartingWith(String prefix) {
        String like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return ownTransaction.execute(status -> {
            List<String> keys = jdbc.sql("select failure_key from login_failure where failure_key like ? escape '\\'")
                    .param(like).query(String.class).list();
            keys.forEach(this::delete);
            return keys;
        });
    }

    @Override
    public void rememberSuccess(String pair, Instant now) {
        Timestamp at = Timestamp.from(now);
        racingAnotherServer(() -> {
            if (jdbc.sql("update login_success set last_at = ? where pair = ?").params(at, pair).update() == 0) {
                jdbc.sql("insert into login_success (pair, last_at) values (?, ?)").params(pair, at).update();
            }
            return null;
        });
    }

    @Override
    public boolean succeededSince(String pair, Instant since) {
        return ownTransaction.execute(status -> jdbc.sql(
                "select count(*) from login_success where pair = ? and last_at > ?")
                .params(pair, Timestamp.from(since)).query(Integer.class).single() > 0);
    }

    @Override
    public void clear() {
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("delete from login_failure").update();
            jdbc.sql("delete from login_success").update();
        });
    }

    /**
     * An update-or-insert in a transaction of its own, tried again in a new one when another server inserted the
     * same key in between: PostgreSQL ends a transaction at a unique violation, so the second try (an update now)
     * cannot run in the first's.
     */
    private <T> T racingAnotherServer(Supplier<T> write) {
        for (int tried = 1; ; tried++) {
            try {
                return ownTransaction.execute(status -> write.get());
            } catch (DuplicateKeyException insertedMeanwhile) {
                if (tried == TRIES) {
                    throw insertedMeanwhile;
                }
            }
        }
    }

    private Optional<Failures> read(String key) {
        return jdbc.sql("select failures, last_at from login_failure where failure_key = ?").param(key)
                .query((row, n) -> new Failures(row.getInt(1), row.getTimestamp(2).toInstant())).optional();
    }

    private void delete(String key) {
        jdbc.sql("delete from login_failure where failure_key = ?").param(key).update();
    }
}
