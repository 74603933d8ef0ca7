package app.coulisse.backup;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The move from the embedded database to PostgreSQL (record 058): the demo room backed up on H2, restored into an
 * empty PostgreSQL database, backs up there to the same archive, table by table. Runs on the empty database that
 * {@code .ci/postgres} makes for it ({@code -Dcoulisse.test.restore-db-url}).
 */
@EnabledIfSystemProperty(named = "coulisse.test.restore-db-url", matches = "jdbc:postgresql:.*")
@Tag("server")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class BackupOnPostgresTest extends SpringAppTest {

    @Autowired
    BackupService backupService;

    @TempDir
    Path folder;

    @Test
    void the_demo_room_moves_from_h2_to_postgresql_and_backs_up_there_the_same() throws Exception {
        actAs("showrunner", "SHOWRUNNER");
        Path fromH2 = Archives.backUp(backupService, folder.resolve("h2.zip"));
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setUrl(System.getProperty("coulisse.test.restore-db-url"));
        postgres.setUser("coulisse");
        postgres.setPassword(System.getProperty("coulisse.test.server-db-password", "coulisse"));
        BackupService onPostgres = Archives.serviceOnFreshInstall(postgres);

        onPostgres.restore(fromH2);

        Path fromPostgres = Archives.backUp(onPostgres, folder.resolve("postgres.zip"));
        assertThat(Archives.tableEntries(fromPostgres)).isEqualTo(Archives.tableEntries(fromH2));
    }
}
