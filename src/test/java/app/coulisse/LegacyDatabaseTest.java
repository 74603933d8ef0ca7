package app.coulisse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data written by release 0.1 (H2 2.3.232: the demo season, then an episode 103 created and a
 * screenplay imported over the API) opens with today's H2 and migrations and keeps every row.
 */
class LegacyDatabaseTest {

    /** Row counts read from the fixture with H2 2.3.232, before any newer code touched it. */
    private static final Map<String, Integer> RELEASE_0_1_ROWS = Map.ofEntries(
            Map.entry("ACT", 17), Map.entry("APPEARANCE", 93), Map.entry("APP_USER", 3),
            Map.entry("BREAKDOWN_ELEMENT", 13), Map.entry("COMPANY", 2), Map.entry("DANCE_NUMBER", 5),
            Map.entry("DANCE_NUMBER_DANCER", 10), Map.entry("ELEMENT_CATEGORY", 17), Map.entry("EPISODE", 3),
            Map.entry("SCENE", 45), Map.entry("SCENE_DANCE_NUMBER", 15), Map.entry("SCENE_ELEMENT", 65),
            Map.entry("SCENE_STORYLINE", 39), Map.entry("SERIES", 1), Map.entry("STORYLINE", 3),
            Map.entry("STORY_CHARACTER", 16), Map.entry("STORY_SET", 25));

    @TempDir
    Path dataDir;

    @Test
    void a_release_0_1_database_opens_migrated_with_every_row() throws Exception {
        try (InputStream fixture = new GZIPInputStream(
                getClass().getResourceAsStream("/legacy/release-0.1-h2-2.3.232.mv.db.gz"))) {
            Files.copy(fixture, dataDir.resolve("coulisse.mv.db"));
        }
        String url = CrashingWriter.appUrl(dataDir);
        Flyway.configure().dataSource(url, "coulisse", "").locations("classpath:db/migration").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, "coulisse", "")) {
            Map<String, Integer> rows = new TreeMap<>();
            for (String table : RELEASE_0_1_ROWS.keySet()) {
                rows.put(table, count(connection, "select count(*) from " + table));
            }
            assertThat(rows).isEqualTo(new TreeMap<>(RELEASE_0_1_ROWS));
            try (ResultSet title = connection.createStatement()
                    .executeQuery("select title from episode where number = '103'")) {
                assertThat(title.next()).isTrue();
                assertThat(title.getString(1)).isEqualTo("Pointe à Paris");
            }
            // V17: the old default 'en' recorded no choice; its users now get their browser's language.
            assertThat(count(connection, "select count(*) from app_user where language is null")).isEqualTo(3);
        }
    }

    private static int count(Connection connection, String sql) throws Exception {
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
