package app.coulisse.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.cast.CastService;
import app.coulisse.core.Eighths;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workbooks as they come out of the database: the demo room's episode 101 and season, read back with POI. */
class BreakdownExportServiceTest extends SpringAppTest {

    private static final DataFormatter TEXT = new DataFormatter();

    @Autowired
    BreakdownExportService export;

    @Autowired
    SeasonService seasonService;

    @Autowired
    OutlineService outlineService;

    @Autowired
    CastService castService;

    private EpisodeSummary pilot;

    @BeforeEach
    void actAsProduction() {
        actAs("production", "PRODUCTION");
        pilot = seasonService.episodeSummaries().stream().filter(e -> e.number().equals("101")).findFirst().orElseThrow();
    }

    @Test
    void the_episode_workbook_has_the_episodes_scenes_in_board_order_with_cast_ids_and_strip_colours() throws Exception {
        try (XSSFWorkbook workbook = episodeWorkbook()) {
            assertThat(sheetNames(workbook)).containsExactly("One-liner", "Breakdown sheets", "Cast x Scenes",
                    "Dance numbers", "Elements", "Cast list", "Scenes by character", "Wardrobe by day",
                    "Cue sheet");
            Sheet oneLiner = workbook.getSheet("One-liner");
            List<Scene> scenes = outlineService.scenes(pilot.id());
            Scene first = scenes.get(0);

            Row firstRow = oneLiner.getRow(1);
            assertThat(TEXT.formatCellValue(firstRow.getCell(0))).isEqualTo(first.getNumber());
            assertThat(TEXT.formatCellValue(firstRow.getCell(1))).isEqualTo("INT");
            assertThat(TEXT.formatCellValue(firstRow.getCell(2))).isEqualTo("MBT - JACK'S OFFICE");
            assertThat(TEXT.formatCellValue(firstRow.getCell(5))).isEqualTo(Eighths.format(first.getEighths()));
            assertThat(rowTexts(firstRow)).contains(String.join(", ", castService.castIdsByScene(pilot.id())
                    .get(first.getId()).stream().sorted().map(String::valueOf).toList()));
            assertThat(((XSSFCellStyle) firstRow.getCell(0).getCellStyle()).getFillForegroundColorColor().getARGBHex())
                    .endsWith(seasonService.series().getStripIntDay().substring(1).toUpperCase(Locale.ROOT));
            for (int i = 0; i < scenes.size(); i++) {
                assertThat(TEXT.formatCellValue(oneLiner.getRow(i + 1).getCell(0))).isEqualTo(scenes.get(i).getNumber());
            }
        }
    }

    @Test
    void the_eighths_total_is_a_formula_equal_to_the_episode_length() throws Exception {
        try (XSSFWorkbook workbook = episodeWorkbook()) {
            Sheet oneLiner = workbook.getSheet("One-liner");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Row total = oneLiner.getRow(oneLiner.getLastRowNum());
            int eighthsColumn = 6;
            assertThat(total.getCell(eighthsColumn).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(evaluator.evaluate(total.getCell(eighthsColumn)).getNumberValue()).isEqualTo(pilot.eighths());
        }
    }

    @Test
    void each_breakdown_sheet_has_one_cast_box_even_though_a_cast_element_category_exists() throws Exception {
        try (XSSFWorkbook workbook = episodeWorkbook()) {
            Sheet sheets = workbook.getSheet("Breakdown sheets");
            long castBoxes = 0;
            for (Row row : sheets) {
                castBoxes += rowTexts(row).stream().filter("Cast"::equals).count();
            }
            long breakdownSheets = outlineService.scenes(pilot.id()).stream().filter(scene -> !scene.isOmitted()).count();
            assertThat(castBoxes).isEqualTo(breakdownSheets);
            assertThat(sheets.getRowBreaks()).hasSize((int) breakdownSheets);
        }
    }

    @Test
    void accented_names_survive_in_the_cast_matrix() throws Exception {
        try (XSSFWorkbook workbook = episodeWorkbook()) {
            List<String> texts = new ArrayList<>();
            workbook.getSheet("Cast x Scenes").forEach(row -> texts.addAll(rowTexts(row)));
            assertThat(String.join("|", texts)).contains("Geneviève Lavigne", "Lou de Laâge");
        }
    }

    @Test
    void the_season_workbook_lists_every_episode_with_its_scene_count() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeSeasonWorkbook(Locale.ENGLISH, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(sheetNames(workbook)).startsWith("Episodes", "One-liner", "Cast x Episodes");
            Sheet episodes = workbook.getSheet("Episodes");
            for (EpisodeSummary summary : seasonService.episodeSummaries()) {
                assertThat(episodes).anySatisfy(row -> assertThat(rowTexts(row))
                        .contains(summary.number(), summary.title(), String.valueOf(summary.scenes())));
            }
        }
    }

    @Test
    void file_names_carry_the_series_and_episode_and_have_an_ascii_fallback() {
        assertThat(export.episodeFileName(pilot.id())).isEqualTo("Étoile-101-breakdown.xlsx");
        assertThat(BreakdownExportService.attachmentHeader(export.episodeFileName(pilot.id())))
                .isEqualTo("attachment; filename=\"Etoile-101-breakdown.xlsx\"; filename*=UTF-8''%C3%89toile-101-breakdown.xlsx");
    }

    private XSSFWorkbook episodeWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeEpisodeWorkbook(pilot.id(), Locale.ENGLISH, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> rowTexts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(TEXT.formatCellValue(cell)));
        return texts;
    }
}
