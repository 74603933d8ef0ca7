package app.coulisse.live;

import app.coulisse.core.Databases;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Presence kept where every server of the room can read it: a table on PostgreSQL, memory on H2 (record 057). */
@Configuration(proxyBeanMethods = false)
class PresenceStores {

    @Bean
    PresenceStore presenceStore(DataSource dataSource, JdbcClient jdbc) {
        return Databases.isPostgres(dataSource) ? new SharedPresenceStore(jdbc, Clock.systemUTC())
                : new InMemoryPresenceStore();
    }
}
