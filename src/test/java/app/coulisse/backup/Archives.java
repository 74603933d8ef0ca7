package app.coulisse.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import tools.jackson.databind.json.JsonMapper;

/** What the backup tests share: an archive written to a file, a service on another database, an archive's tables. */
final class Archives {

    private Archives() {
    }

    static Path backUp(BackupService service, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            service.write(out);
        }
        return file;
    }

    /** The service, unproxied, on another database migrated to this version (a fresh install). */
    static BackupService serviceOnFreshInstall(DataSource database) {
        Flyway flyway = Flyway.configure().dataSource(database).locations("classpath:db/migration").load();
        flyway.migrate();
        return new BackupService(database, flyway);
    }

    /** The archive's tables by name: row count and digest of each file. */
    static Map<String, BackupArchive.TableEntry> tableEntries(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            BackupArchive manifest = JsonMapper.builder().build()
                    .readValue(zip.getInputStream(zip.getEntry(BackupArchive.MANIFEST)), BackupArchive.class);
            return manifest.tables().stream().collect(Collectors.toMap(BackupArchive.TableEntry::name, t -> t));
        }
    }
}
