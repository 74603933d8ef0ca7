package app.coulisse.export;

import app.coulisse.export.bench.SeasonDataSet;
import app.coulisse.export.model.SeasonBreakdown;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static app.coulisse.export.WorkbookReader.evaluated;
import static app.coulisse.export.WorkbookReader.fill;
import static app.coulisse.export.WorkbookReader.text;
import static app.coulisse.export.WorkbookReader.texts;
import static org.assertj.core.api.Assertions.assertThat;

class SeasonWorkbookTest {

    private XSSFWorkbook workbook;
    private FormulaEvaluator evaluator;

    @BeforeEach
    void exportTheSeason() throws IOException {
        workbook = WorkbookReader.read(write(new SeasonWorkbook(), EtoileFixtures.twoEpisodeSeason()));
        evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    static byte[] write(SeasonWorkbook writer, SeasonBreakdown season) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(season, out);
        return out.toByteArray();
    }

    @Test
    void season_adds_episodes_and_cast_by_episode_to_the_episode_sheets() {
        assertThat(WorkbookReader.sheetNames(workbook)).containsExactly("Episodes", "One-liner", "Cast x Episodes",
                "Breakdown sheets", "Cast x Scenes", "Dance numbers", "Elements", "Cast list", "Scenes by character",
                "Wardrobe by day");
    }

    @Test
    void episodes_sheet_totals_each_episode_and_the_season() {
        XSSFSheet sheet = workbook.getSheet("Episodes");
        assertThat(texts(sheet.getRow(0))).containsExactly("Episode", "Title", "Status", "Target pages", "Scenes",
                "Pages", "Eighths", "Characters", "Dance numbers");
        assertThat(texts(sheet.getRow(1))).containsExactly("101", "Pilote", "DRAFT", "52", "5", "5 7/8", "47", "5", "2");
        assertThat(texts(sheet.getRow(2))).containsExactly("102", "Les Étoiles filantes", "OUTLINE", "55", "2", "3",
                "24", "2", "1");
        Row total = sheet.getRow(3);
        assertThat(total.getCell(6).getCellFormula()).isEqualTo("SUM(G2:G3)");
        assertThat(List.of(3, 4, 5, 6)).map(column -> evaluated(evaluator, total.getCell(column)))
                .containsExactly("107", "7", "8 7/8", "71");
        assertThat(texts(total).subList(7, 9)).containsExactly("5", "2");
        assertThat(List.of(3, 4, 6)).map(column -> total.getCell(column).getNumericCellValue())
                .containsExactly(107.0, 7.0, 71.0);
        assertThat(total.getCell(5).getStringCellValue()).isEqualTo("8 7/8");
    }

    @Test
    void season_one_liner_has_an_episode_column_and_strips_restart_each_episode() {
        XSSFSheet sheet = workbook.getSheet("One-liner");
        assertThat(texts(sheet.getRow(0)).subList(0, 3)).containsExactly("Episode", "Scene", "I/E");
        assertThat(texts(sheet.getRow(1)).subList(0, 4)).containsExactly("101", "1", "INT", "MBT - JACK'S OFFICE");
        assertThat(texts(sheet.getRow(4)).subList(0, 3)).containsExactly("101", "4", "OMITTED");
        assertThat(texts(sheet.getRow(7)).subList(0, 4)).containsExactly("102", "1", "INT", "MBT - STAGE");
        // 102/2 is EXT LATER after an INT NIGHT: it stays night, so EXT NIGHT green.
        assertThat(fill(sheet.getRow(8).getCell(3))).isEqualTo("A5D6A7");
        assertThat(evaluated(evaluator, sheet.getRow(9).getCell(7))).isEqualTo("71");
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M9");
    }

    @Test
    void cast_by_episode_counts_scenes_per_character_with_sum_totals() {
        XSSFSheet sheet = workbook.getSheet("Cast x Episodes");
        assertThat(texts(sheet.getRow(0))).containsExactly("ID", "Character", "Performer", "101", "102", "Total");
        assertThat(texts(sheet.getRow(1)).subList(0, 5)).containsExactly("1", "Jack McMillan", "Ethan Cole", "2", "2");
        assertThat(texts(sheet.getRow(2)).subList(0, 5))
                .containsExactly("2", "Geneviève Lavigne", "Camille Laâge", "3", "1");
        assertThat(sheet.getRow(1).getCell(5).getCellFormula()).isEqualTo("SUM(D2:E2)");
        assertThat(evaluated(evaluator, sheet.getRow(1).getCell(5))).isEqualTo("4");
        Row totals = sheet.getRow(6);
        assertThat(List.of(3, 4, 5)).map(column -> evaluated(evaluator, totals.getCell(column)))
                .containsExactly("10", "3", "13");
        assertThat(totals.getCell(5).getNumericCellValue()).isEqualTo(13);
    }

    @Test
    void season_scenes_are_labelled_with_their_episode() {
        assertThat(texts(workbook.getSheet("Cast x Scenes").getRow(0)).subList(3, 10))
                .containsExactly("101/1", "101/2", "101/3", "101/4A", "101/5", "102/1", "102/2");
        assertThat(text(workbook.getSheet("Dance numbers"), 1, 15)).isEqualTo("101/3 (rehearsal excerpt), 102/1");
        assertThat(workbook.getSheet("Breakdown sheets").getRowBreaks()).hasSize(7);
    }

    @Test
    void french_labels_give_french_sheet_names_with_accents() throws IOException {
        byte[] bytes = write(new SeasonWorkbook(ExportLabels.forLocale(Locale.FRENCH)), EtoileFixtures.twoEpisodeSeason());
        try (XSSFWorkbook french = WorkbookReader.read(bytes)) {
            assertThat(WorkbookReader.sheetNames(french)).containsExactly("Épisodes", "Continuité", "Rôles x épisodes",
                    "Dépouillement", "Rôles x séquences", "Numéros dansés", "Éléments", "Liste des rôles",
                    "Séquences par personnage", "Costumes par jour");
            assertThat(text(french.getSheet("Continuité"), 4, 2)).isEqualTo("OMISE"); // "Supprimée" read as deleted (issue 14)
        }
    }

    @Test
    void style_count_does_not_grow_with_the_number_of_scenes() throws IOException {
        assertThat(styleCount(SeasonDataSet.build(1, 10, 80, 40)))
                .isEqualTo(styleCount(SeasonDataSet.build(10, 60, 80, 40)))
                .isLessThan(40);
    }

    @Test
    void temporary_files_are_deleted_after_writing() throws IOException {
        Path poiTemp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        long before = countFiles(poiTemp);
        write(new SeasonWorkbook(), SeasonDataSet.build(2, 60, 80, 40));
        assertThat(countFiles(poiTemp)).isLessThanOrEqualTo(before);
    }

    private static int styleCount(SeasonBreakdown season) throws IOException {
        try (XSSFWorkbook written = WorkbookReader.read(write(new SeasonWorkbook(), season))) {
            return written.getNumCellStyles();
        }
    }

    private static long countFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
