package app.coulisse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes written before V16 come into their scene's history with the time and author they were written with. */
class NotesHistoryMigrationTest {

    @TempDir
    Path dataDir;

    @Test
    void notes_written_before_v16_are_in_the_scene_history() throws Exception {
        try (InputStream fixture = new GZIPInputStream(
                getClass().getResourceAsStream("/legacy/release-0.1-h2-2.3.232.mv.db.gz"))) {
            Files.copy(fixture, dataDir.resolve("coulisse.mv.db"));
        }
        String url = CrashingWriter.appUrl(dataDir);
        Flyway.configure().dataSource(url, "coulisse", "").locations("classpath:db/migration").target("14").load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "coulisse", "");
             Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into scene_note (scene_id, question, body, answered_at, answered_by, created_at, created_by)
                    select min(id), true, 'Night or dusk?', timestamp with time zone '2026-11-02 10:05:00+00', 'writer',
                        timestamp with time zone '2026-11-02 09:00:00+00', 'production' from scene""");
            sql.execute("""
                    insert into scene_note (scene_id, question, body, created_at, created_by)
                    select min(id), false, 'Booked on Tuesday.', timestamp with time zone '2026-11-02 09:30:00+00',
                        'showrunner' from scene""");
        }

        Flyway.configure().dataSource(url, "coulisse", "").locations("classpath:db/migration").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, "coulisse", "");
             ResultSet rows = connection.createStatement().executeQuery("""
                     select kind, after_value, created_by, revision_id from scene_change
                     where scene_id = (select min(id) from scene) order by created_at""")) {
            List<String> history = new ArrayList<>();
            while (rows.next()) {
                history.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                        + rows.getObject(4));
            }
            assertThat(history).containsExactly("QUESTION Night or dusk? production null",
                    "NOTE Booked on Tuesday. showrunner null", "ANSWERED Night or dusk? writer null");
        }
    }
}
