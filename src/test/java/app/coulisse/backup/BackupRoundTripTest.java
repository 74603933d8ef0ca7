package app.coulisse.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.core.DomainException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole series in one archive and back (record 058): the demo room restored into an empty database gives the
 * same archive again, table by table; a database with a series, a damaged archive and another version's archive are
 * refused with nothing written; only the showrunner may take or restore a backup.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class BackupRoundTripTest extends SpringAppTest {

    @Autowired
    BackupService backupService;

    @TempDir
    Path folder;

    @Test
    void the_demo_room_restored_into_an_empty_database_backs_up_to_the_same_archive() throws Exception {
        Path demo = backUp(backupService, "demo.zip");
        BackupService fresh = serviceOn(emptyDatabase());

        long rows = fresh.restore(demo);

        Path again = backUp(fresh, "again.zip");
        assertThat(tableEntries(again)).isEqualTo(tableEntries(demo));
        assertThat(rows).isEqualTo(tableEntries(demo).values().stream().mapToLong(BackupArchive.TableEntry::rows).sum());
        assertThat(tableEntries(demo).get("scene").rows()).isPositive();
    }

    @Test
    void the_restored_database_goes_on_with_fresh_ids() throws Exception {
        Path demo = backUp(backupService, "demo.zip");
        JdbcDataSource database = emptyDatabase();
        serviceOn(database).restore(demo);

        JdbcClient restored = JdbcClient.create(database);
        long largest = restored.sql("select max(id) from scene_note").query(Long.class).optional().orElse(0L);
        long next = restored.sql("insert into scene_note (scene_id, body, created_at, created_by) "
                + "select min(id), 'After the restore.', current_timestamp, 'showrunner' from scene").update();
        assertThat(next).isOne();
        assertThat(restored.sql("select max(id) from scene_note").query(Long.class).single()).isGreaterThan(largest);
    }

    @Test
    void a_database_that_holds_a_series_is_refused() throws Exception {
        Path demo = backUp(backupService, "demo.zip");
        actAs("showrunner", "SHOWRUNNER");
        assertThatThrownBy(() -> backupService.restore(demo)).isInstanceOf(DomainException.class)
                .hasMessage("backup.restore.not-empty");
    }

    @Test
    void a_damaged_archive_is_refused_and_nothing_is_written() throws Exception {
        Path demo = backUp(backupService, "demo.zip");
        Path damaged = rewritten(demo, "damaged.zip", "tables/scene.jsonl",
                content -> content.replaceFirst("\n\\[", "\n[9"));
        JdbcDataSource database = emptyDatabase();
        BackupService fresh = serviceOn(database);
        Map<String, Long> before = rowCounts(database);

        for (Path archive : List.of(damaged, write("not-a-zip.zip", "hello"), rewritten(demo, "cut.zip",
                "tables/scene.jsonl", content -> content.substring(0, content.length() / 2)))) {
            assertThatThrownBy(() -> fresh.restore(archive)).isInstanceOf(DomainException.class)
                    .hasMessage("backup.restore.damaged");
        }
        assertThat(rowCounts(database)).isEqualTo(before);
    }

    @Test
    void an_archive_of_another_schema_version_is_refused() throws Exception {
        Path demo = backUp(backupService, "demo.zip");
        Path older = rewritten(demo, "older.zip", BackupArchive.MANIFEST,
                content -> content.replaceFirst("\"schemaVersion\":\"[0-9.]+\"", "\"schemaVersion\":\"3\""));
        assertThatThrownBy(() -> serviceOn(emptyDatabase()).restore(older)).isInstanceOf(DomainException.class)
                .hasMessage("backup.restore.other-version");
    }

    @Test
    void only_the_showrunner_takes_or_restores_a_backup() {
        actAs("writer", "WRITER");
        assertThatThrownBy(() -> backupService.write(OutputStream.nullOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backupService.restore(folder.resolve("any.zip")))
                .isInstanceOf(AccessDeniedException.class);
        actAs("production", "PRODUCTION");
        assertThatThrownBy(() -> backupService.write(OutputStream.nullOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Path backUp(BackupService service, String name) throws IOException {
        actAs("showrunner", "SHOWRUNNER");
        return Archives.backUp(service, folder.resolve(name));
    }

    private static JdbcDataSource emptyDatabase() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return database;
    }

    private static BackupService serviceOn(JdbcDataSource database) {
        return Archives.serviceOnFreshInstall(database);
    }

    private static Map<String, BackupArchive.TableEntry> tableEntries(Path archive) throws IOException {
        return Archives.tableEntries(archive);
    }

    private static Map<String, Long> rowCounts(JdbcDataSource database) throws Exception {
        try (var connection = database.getConnection()) {
            AppTables tables = AppTables.read(connection);
            JdbcClient jdbc = JdbcClient.create(database);
            return tables.tables().stream().collect(Collectors.toMap(AppTables.Table::name, table -> jdbc
                    .sql("select count(*) from " + BackupWriter.quoted(table.databaseName())).query(Long.class).single()));
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    /** A copy of the archive with one entry's text changed. */
    private Path rewritten(Path archive, String name, String entryName, UnaryOperator<String> change)
            throws IOException {
        Path copy = folder.resolve(name);
        try (ZipFile zip = new ZipFile(archive.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : zip.stream().toList()) {
                String content = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write((entry.getName().equals(entryName) ? change.apply(content) : content)
                        .getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return copy;
    }
}
