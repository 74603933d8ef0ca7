package app.coulisse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Nothing lost": commits made just before the process is killed (like kill -9) are still there
 * when the database is opened again, with the JDBC URL the app really uses.
 */
class DatabaseDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void committed_rows_survive_a_killed_process() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), dataDir.toString())
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("writer.log").toFile()).start();
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue()).as(Files.readString(dataDir.resolve("writer.log"))).isEqualTo(CrashingWriter.HALT_STATUS);

        try (Connection connection = DriverManager.getConnection(CrashingWriter.appUrl(dataDir), "coulisse", "");
             ResultSet count = connection.createStatement().executeQuery("select count(*) from crash_probe")) {
            count.next();
            assertThat(count.getInt(1)).isEqualTo(CrashingWriter.ROWS);
        }
        assertThat(new File(dataDir.toFile(), "coulisse.mv.db")).exists();
    }
}
