package app.coulisse.backup;

import app.coulisse.core.DomainException;
import app.coulisse.security.Roles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole series in one archive and back (record 058): a backup reads every table the app owns in one consistent
 * transaction; a restore checks the whole archive first, then writes it into a database with no series in one
 * transaction, so a damaged archive or a refusal leaves the database as it was.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final DataSource dataSource;
    private final Flyway flyway;
    // Each line of a table's file is a root-level array of its own: more follow the first.
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    BackupService(DataSource dataSource, Flyway flyway) {
        this.dataSource = dataSource;
        this.flyway = flyway;
    }

    /** Writes the archive of every table the app owns; the file name to offer is {@link #fileName()}. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public void write(OutputStream out) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                new BackupWriter(json).write(connection, AppTables.read(connection), schemaVersion(), out);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The backup could not read the database", failed);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The name a downloaded archive gets. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public String fileName() {
        return "coulisse-backup-" + LocalDate.now() + ".zip";
    }

    /**
     * Restores an archive into this database, which must hold no series yet; answers how many rows it wrote. Refused
     * with a translated message — nothing written — when the database holds a series, or the archive is damaged or
     * was made by another version of the app.
     */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public long restore(Path archiveFile) {
        try (BackupReader archive = BackupReader.open(archiveFile, json);
             Connection connection = dataSource.getConnection()) {
            BackupArchive manifest = archive.manifest();
            if (!schemaVersion().equals(manifest.schemaVersion())) {
                throw new DomainException("backup.restore.other-version", manifest.schemaVersion(), schemaVersion());
            }
            AppTables tables = AppTables.read(connection);
            BackupRestore.requireSameTables(manifest, tables);
            for (BackupArchive.TableEntry table : manifest.tables()) {
                archive.check(table);
            }
            return write(connection, tables, manifest, archive);
        } catch (BackupReader.Damaged damaged) {
            log.warn("Refused a damaged backup: {}", damaged.getMessage());
            throw new DomainException("backup.restore.damaged");
        } catch (DomainException refused) {
            throw refused;
        } catch (Exception failed) {
            log.warn("Refused a backup that could not be restored", failed);
            throw new DomainException("backup.restore.damaged");
        }
    }

    private long write(Connection connection, AppTables tables, BackupArchive manifest, BackupReader archive)
            throws Exception {
        connection.setAutoCommit(false);
        try {
            BackupRestore restore = new BackupRestore(connection, tables);
            if (!restore.holdsNoSeries()) {
                throw new DomainException("backup.restore.not-empty");
            }
            restore.emptyTables();
            long rows = 0;
            for (AppTables.Table table : tables.tables()) {
                BackupArchive.TableEntry entry = manifest.tables().stream()
                        .filter(archived -> archived.name().equals(table.name())).findFirst().orElseThrow();
                BackupRestore.TableInserter inserter = restore.inserter(table);
                archive.read(entry, inserter);
                inserter.finish();
                rows += entry.rows();
            }
            restore.continueIdentities();
            connection.commit();
            log.info("Restored a backup made {}: {} rows in {} tables", manifest.createdAt(), rows, tables.tables().size());
            return rows;
        } catch (Exception failed) {
            connection.rollback();
            throw failed;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private String schemaVersion() {
        return flyway.info().current().getVersion().getVersion();
    }
}
