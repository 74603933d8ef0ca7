package app.coulisse;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.export.BreakdownExportService;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import app.coulisse.season.SeasonSummary;
import app.coulisse.security.SystemAuthentication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The release 0.1 database (demo season plus an imported episode 103) started with today's app: the
 * seasons migration puts every episode into Season 1, the current one, and every workbook reads as it did
 * before the migration, cell for cell.
 */
class SeasonMigrationTest {

    /**
     * A digest (see {@link #digest}) of every sheet name and cell text of the workbooks release 0.1 wrote from
     * this database before the migration (season workbook, then the episode workbooks of 101, 102, 103), in
     * English: computed once from those files, kept here so the test needs nothing but the fixture. Recomputed
     * when the print layout of record 025 changed the sheets on purpose (new sheets and columns), and when record 046
     * gave wardrobe to its wearers (release 0.1 named none, so its costumes are now listed once for their scenes), and
     * when record 055 added the Cue sheet to the episode workbooks and record 050 the revision's reach to their
     * Changes sheet (the season workbook is unchanged).
     */
    private static final Map<String, String> BEFORE_MIGRATION = Map.of(
            "season", "2dc841d6bfdd4bb88c062388bc954e74122f4c5507f8babc2b4ca496c55379f2",
            "101", "f2e5e7f9d0b50bd121086219c488516becc25c898cb98159a7d6733a9b53e27d",
            "102", "6bde24a2494d894cfd781128d4b6a81c0f8d61332674e2d909a8731b5a9c1c76",
            "103", "41978bcb0a43f17410e026a04b7d5feabef42b40d7f3eabd1f21b39aa4eb52ba");

    @TempDir
    Path dataDir;

    @Test
    void every_episode_is_in_season_1_and_every_workbook_is_unchanged() throws Exception {
        try (InputStream fixture = new GZIPInputStream(
                getClass().getResourceAsStream("/legacy/release-0.1-h2-2.3.232.mv.db.gz"))) {
            Files.copy(fixture, dataDir.resolve("coulisse.mv.db"));
        }
        // With the tests' shared security-context strategy: Vaadin makes a starting app's strategy the JVM-wide one.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class,
                SharedSecurityContext.class).run(
                "--server.port=0", "--coulisse.data-dir=" + dataDir, "--coulisse.admin-user=headwriter",
                "--coulisse.admin-password=a-long-secret", "--logging.level.org.springframework=warn",
                "--logging.level.com.vaadin=warn")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select number, is_current from season")).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from episode e join season s on s.id = e.season_id"
                    + " where s.number = 1 and s.is_current", Integer.class)).isEqualTo(3);
            SeasonService seasons = app.getBean(SeasonService.class);
            BreakdownExportService export = app.getBean(BreakdownExportService.class);
            Map<String, String> after = SystemAuthentication.asShowrunner(() -> {
                assertThat(seasons.seasons()).containsExactly(new SeasonSummary(
                        seasons.currentSeason().getId(), 1, true, 3));
                List<EpisodeSummary> episodes = seasons.episodeSummaries(1);
                assertThat(episodes).extracting(EpisodeSummary::number).containsExactly("101", "102", "103");
                assertThat(episodes).extracting(EpisodeSummary::scenes).containsExactly(17L, 15L, 13L);
                Map<String, String> digests = new LinkedHashMap<>();
                digests.put("season", digest(write(out -> export.writeSeasonWorkbook(Locale.ENGLISH, out))));
                for (EpisodeSummary episode : episodes) {
                    digests.put(episode.number(), digest(write(out ->
                            export.writeEpisodeWorkbook(episode.id(), Locale.ENGLISH, out))));
                }
                return digests;
            });
            assertThat(after).isEqualTo(BEFORE_MIGRATION);
        }
    }

    private interface Writer {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every sheet name and every cell's text (formulas as written), row by row. */
    static String digest(byte[] workbook) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            DataFormatter format = new DataFormatter(Locale.ENGLISH);
            for (Sheet sheet : book) {
                sha.update(("sheet " + sheet.getSheetName() + "\n").getBytes(StandardCharsets.UTF_8));
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder().append(row.getRowNum());
                    for (Cell cell : row) {
                        line.append('|').append(cell.getColumnIndex()).append('=').append(format.formatCellValue(cell));
                    }
                    sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
