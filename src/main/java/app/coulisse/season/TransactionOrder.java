package app.coulisse.season;

import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/** Transactions open just outside {@link EpisodeLockGuard}, so the lock is read inside the method's transaction. */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(proxyTargetClass = true, order = EpisodeLockGuard.ORDER - 1)
class TransactionOrder {
}
