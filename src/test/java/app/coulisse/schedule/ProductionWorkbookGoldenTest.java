package app.coulisse.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.export.WorkbookDump;
import app.coulisse.season.SeasonService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo season's production workbook, cell by cell, in English and in French, as the golden files under
 * {@code src/test/resources/schedule} hold it: they were written by the in-memory workbook before it moved onto the
 * export toolkit (record 061), so the streamed one must print exactly what it printed. {@code -Dgolden.write=true}
 * writes them again instead, for a change meant to show.
 */
class ProductionWorkbookGoldenTest extends SpringAppTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "schedule");

    @Autowired
    ProductionExportService export;
    @Autowired
    SeasonService seasonService;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void the_workbook_prints_cell_by_cell_what_the_golden_file_holds(String language) throws Exception {
        actAs("production", "PRODUCTION");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeProductionWorkbook(seasonService.currentSeason().getNumber(), Locale.forLanguageTag(language), out);
        String dump = WorkbookDump.of(out.toByteArray());
        Path golden = GOLDEN.resolve("production-workbook-demo-" + language + ".txt");
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(golden, dump, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readString(golden, StandardCharsets.UTF_8).lines().toList();
        List<String> actual = dump.lines().toList();
        for (int line = 0; line < Math.min(expected.size(), actual.size()); line++) {
            assertThat(actual.get(line)).as("line %d of %s", line + 1, golden).isEqualTo(expected.get(line));
        }
        assertThat(actual).as("lines of %s", golden).hasSameSizeAs(expected);
    }
}
