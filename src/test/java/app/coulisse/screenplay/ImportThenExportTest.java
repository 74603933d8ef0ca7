package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.export.BreakdownExportService;
import app.coulisse.core.Eighths;
import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The writers' file becomes the production office's sheet: a Fountain episode imported, then exported. */
class ImportThenExportTest extends SpringAppTest {

    private static final DataFormatter TEXT = new DataFormatter();

    @Autowired
    ScreenplayImportService importService;

    @Autowired
    BreakdownExportService exportService;

    @Autowired
    SeasonService seasonService;

    @Test
    void an_imported_fountain_episode_exports_a_one_liner_with_its_scenes_headings_and_cast_ids() throws Exception {
        actAs("writer", "WRITER");
        Episode episode = seasonService.createEpisode("150", "Imported from Fountain");
        ImportResult imported = importService.commit(episode.getId(), "etoile-101.fountain",
                TestFiles.bytes("etoile-101.fountain"), ImportMode.APPEND, Set.of());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exportService.writeEpisodeWorkbook(episode.getId(), Locale.ENGLISH, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet oneLiner = workbook.getSheet("One-liner");
            List<ImportedScene> scenes = imported.scenes();
            assertThat(scenes).hasSizeGreaterThanOrEqualTo(10);
            for (int i = 0; i < scenes.size(); i++) {
                ImportedScene scene = scenes.get(i);
                Row row = oneLiner.getRow(i + 1);
                assertThat(text(row, 0)).as("number of scene %d", i + 1).isEqualTo(scene.number());
                assertThat(text(row, 1)).isEqualTo(scene.intExt().heading());
                assertThat(text(row, 2)).isEqualTo(scene.set());
                assertThat(text(row, 3)).isEqualTo(scene.timeOfDay().name());
                assertThat(text(row, 5)).isEqualTo(Eighths.format(scene.eighths()));
                assertThat(text(row, 7)).as("cast IDs of scene %s", scene.number()).isEqualTo(castIds(scene));
            }
            // Jack McMillan's cues were matched to the demo cast: his cast ID 1 is on the sheet.
            assertThat(scenes).anySatisfy(scene -> assertThat(scene.cast()).anySatisfy(character -> {
                assertThat(character.castId()).isEqualTo(1);
                assertThat(character.isNew()).isFalse();
            }));
        }
    }

    private static String castIds(ImportedScene scene) {
        return scene.cast().stream().map(SceneCharacter::castId).sorted().map(String::valueOf)
                .collect(Collectors.joining(", "));
    }

    private static String text(Row row, int column) {
        return TEXT.formatCellValue(row.getCell(column));
    }
}
