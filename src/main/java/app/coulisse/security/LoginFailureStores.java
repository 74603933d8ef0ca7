package app.coulisse.security;

import app.coulisse.core.Databases;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The throttle's store for the database the app runs on: shared on PostgreSQL, in memory on H2 (record 057). */
@Configuration(proxyBeanMethods = false)
class LoginFailureStores {

    @Bean
    LoginFailureStore loginFailureStore(DataSource dataSource, JdbcClient jdbc,
                                        PlatformTransactionManager transactions) {
        return Databases.isPostgres(dataSource) ? new SharedLoginFailureStore(jdbc, transactions)
                : new InMemoryLoginFailureStore();
    }
}
