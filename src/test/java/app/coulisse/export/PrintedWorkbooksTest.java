package app.coulisse.export;

import static app.coulisse.export.WorkbookReader.rowWith;
import static app.coulisse.export.WorkbookReader.text;
import static app.coulisse.export.WorkbookReader.texts;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.export.model.EpisodeBreakdown;
import app.coulisse.export.model.RevisionChanges;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo room's workbooks as the production office prints them: every sheet framed (header, footer,
 * paper), readable at print size, and the three sheets the cast and the costume head ask for. The
 * workbooks are also left in target/print for a look in LibreOffice.
 */
class PrintedWorkbooksTest extends SpringAppTest {

    /** Column width unit (1/256 of a 7-pixel character) in points, as Excel and Calc convert it. */
    private static final double POINTS_PER_WIDTH_UNIT = 7 * 0.75 / 256;

    @Autowired
    BreakdownExportService export;

    @Autowired
    SeasonService seasonService;

    @Autowired
    app.coulisse.outline.OutlineService outlineService;

    @Autowired
    app.coulisse.breakdown.BreakdownService breakdownService;

    private EpisodeSummary pilot;

    @BeforeEach
    void actAsProduction() {
        actAs("production", "PRODUCTION");
        pilot = seasonService.episodeSummaries().stream().filter(e -> e.number().equals("101")).findFirst().orElseThrow();
    }

    @Test
    void every_sheet_prints_with_series_episode_title_draft_page_count_and_printed_date() throws Exception {
        try (XSSFWorkbook workbook = episode(Locale.ENGLISH, "episode-101-en.xlsx")) {
            assertThat(WorkbookReader.sheetNames(workbook)).containsExactly("One-liner", "Breakdown sheets",
                    "Cast x Scenes", "Dance numbers", "Elements", "Cast list", "Scenes by character", "Wardrobe by day",
                    "Cue sheet");
            String status = seasonService.episode(pilot.id()).getStatus().name().replace('_', ' ');
            for (XSSFSheet sheet : sheets(workbook)) {
                assertThat(sheet.getHeader().getLeft()).as(sheet.getSheetName()).isEqualTo("Étoile");
                assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName()).isEqualTo("101 – " + pilot.title());
                assertThat(sheet.getHeader().getRight()).as(sheet.getSheetName()).isEqualTo("&B" + sheet.getSheetName());
                assertThat(sheet.getFooter().getLeft()).as(sheet.getSheetName()).matches(status + " · \\d{4}-\\d{2}-\\d{2}");
                assertThat(sheet.getFooter().getCenter()).as(sheet.getSheetName()).isEqualTo("Page &P of &N");
                assertThat(sheet.getFooter().getRight()).as(sheet.getSheetName()).isEqualTo("Printed &D");
            }
        }
        try (XSSFWorkbook season = season(Locale.ENGLISH, "season-en.xlsx")) {
            for (XSSFSheet sheet : sheets(season)) {
                assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName()).isEqualTo("Season 1");
                assertThat(sheet.getFooter().getCenter()).as(sheet.getSheetName()).isEqualTo("Page &P of &N");
            }
        }
    }

    @Test
    void paper_and_margins_follow_the_series_setting_defaulting_to_letter_for_an_english_first_crew() throws Exception {
        assertThat(seasonService.series().getLanguages()).startsWith("en");
        try (XSSFWorkbook workbook = episode(Locale.ENGLISH, "episode-101-en.xlsx")) {
            for (XSSFSheet sheet : sheets(workbook)) {
                assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName())
                        .isEqualTo(PrintSetup.LETTER_PAPERSIZE);
                assertThat(sheet.getMargin(PageMargin.LEFT)).isEqualTo(0.5);
            }
        }
        actAs("showrunner", "SHOWRUNNER");
        var edited = seasonService.series();
        edited.setPaperSize(app.coulisse.season.PaperSize.A4);
        seasonService.updateSeries(edited);
        try (XSSFWorkbook workbook = episode(Locale.ENGLISH, "episode-101-a4.xlsx")) {
            for (XSSFSheet sheet : sheets(workbook)) {
                assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getMargin(PageMargin.LEFT)).isEqualTo(0.6);
            }
            assertThat(effectivePoints(workbook.getSheet("Breakdown sheets"))).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void no_sheet_prints_below_8_points_and_each_is_set_up_for_its_use() throws Exception {
        try (XSSFWorkbook workbook = episode(Locale.ENGLISH, "episode-101-en.xlsx");
             XSSFWorkbook season = season(Locale.ENGLISH, "season-en.xlsx")) {
            for (XSSFWorkbook book : List.of(workbook, season)) {
                for (XSSFSheet sheet : sheets(book)) {
                    assertThat(effectivePoints(sheet)).as(sheet.getSheetName()).isGreaterThanOrEqualTo(8);
                }
            }
            XSSFSheet oneLiner = workbook.getSheet("One-liner");
            assertThat(oneLiner.getPrintSetup().getLandscape()).isTrue();
            assertThat(fittedToWidth(oneLiner)).isTrue();
            assertThat(oneLiner.getColumnWidth(9) / 256).isLessThanOrEqualTo(40);
            assertThat(oneLiner.getRow(0).getCell(9).getCellStyle().getWrapText()).isTrue();
            assertThat(oneLiner.getRow(1).getCell(9).getCellStyle().getWrapText()).isTrue();

            XSSFSheet castByScene = workbook.getSheet("Cast x Scenes");
            assertThat(castByScene.getPrintSetup().getLandscape()).isTrue();
            assertThat(castByScene.getRepeatingColumns()).isEqualTo(CellRangeAddress.valueOf("A:C"));
            assertThat(castByScene.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(texts(castByScene.getRow(0))).hasSize(3 + 17 + 1);
            // 17 scenes fit one page width at full scale.
            assertThat(fittedToWidth(castByScene)).isTrue();
            assertThat(scale(castByScene)).isEqualTo(1.0);
            // However many scenes the season has, a printed page holds 25 or more of them across.
            XSSFSheet seasonGrid = season.getSheet("Cast x Scenes");
            assertThat(scenesPerPageWidth(seasonGrid)).isGreaterThanOrEqualTo(25);

            XSSFSheet dances = workbook.getSheet("Dance numbers");
            assertThat(dances.getRow(1).getCell(12).getCellStyle().getWrapText()).isTrue();
            assertThat(dances.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));

            XSSFSheet breakdown = workbook.getSheet("Breakdown sheets");
            assertThat(breakdown.getPrintSetup().getLandscape()).isFalse();
            assertThat(scale(breakdown)).isEqualTo(1.0);
        }
    }

    @Test
    void elements_keep_quantity_and_scenes_in_their_own_cells() throws Exception {
        try (XSSFWorkbook workbook = episode(Locale.ENGLISH, "episode-101-en.xlsx")) {
            XSSFSheet elements = workbook.getSheet("Elements");
            Row tutus = rowWith(elements, 0, "Tulle veils");
            assertThat(tutus.getCell(1).getNumericCellValue()).isEqualTo(23);
            assertThat(tutus.getCell(1).getCellStyle().getAlignment().name()).isEqualTo("CENTER");
            assertThat(text(elements, tutus.getRowNum(), 2)).isEqualTo("7");
        }
    }

    @Test
    void the_cast_list_and_each_characters_scenes_answer_the_cast() throws Exception {
        try (XSSFWorkbook workbook = episode(Locale.ENGLISH, "episode-101-en.xlsx")) {
            XSSFSheet castList = workbook.getSheet("Cast list");
            assertThat(texts(castList.getRow(0))).containsExactly("ID", "Character", "Performer", "Company",
                    "Category", "Dancer", "Scenes", "Pages", "First scene", "Last scene");
            assertThat(texts(rowWith(castList, 1, "Cheyenne Toussaint"))).containsExactly("3", "Cheyenne Toussaint",
                    "Lou de Laâge", "Le Ballet National", "Principal", "Yes", "6", "7 1/8", "3", "16");

            XSSFSheet scenes = workbook.getSheet("Scenes by character");
            Row block = rowWith(scenes, 0, "3. CHEYENNE TOUSSAINT – Lou de Laâge");
            assertThat(texts(scenes.getRow(block.getRowNum() + 1))).containsExactly("Scene", "Set", "D/N",
                    "Story day", "Pages", "S/N/D", "Location");
            List<String> numbers = new ArrayList<>();
            for (int row = block.getRowNum() + 2; !text(scenes, row, 0).equals("Total"); row++) {
                numbers.add(text(scenes, row, 0));
            }
            assertThat(numbers).containsExactly("3", "7", "8", "12", "13", "16");
            assertThat(texts(scenes.getRow(block.getRowNum() + 2))).containsExactly("3",
                    "INT BALLET NATIONAL - TRAINING ROOM", "NIGHT", "1", "1 6/8", "SD", "Stage 1, Studios de Bry");
            assertThat(scenes.getRowBreaks()).isEmpty();
        }
    }

    @Test
    void sides_put_each_character_on_their_own_pages() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeEpisodeWorkbook(pilot.id(), Locale.ENGLISH, true, out);
        try (XSSFWorkbook workbook = WorkbookReader.read(out.toByteArray())) {
            XSSFSheet scenes = workbook.getSheet("Scenes by character");
            int characters = workbook.getSheet("Cast list").getLastRowNum();
            assertThat(scenes.getRowBreaks()).hasSize(characters);
        }
    }

    @Test
    void wardrobe_by_day_tells_the_costume_head_what_cheyenne_wears_on_each_story_day() throws Exception {
        try (XSSFWorkbook workbook = episode(Locale.ENGLISH, "episode-101-en.xlsx")) {
            XSSFSheet wardrobe = workbook.getSheet("Wardrobe by day");
            assertThat(texts(wardrobe.getRow(0))).containsExactly("ID", "Character", "Story day", "Scenes",
                    "Wardrobe", "Makeup/Hair");
            List<List<String>> cheyenne = new ArrayList<>();
            for (Row row : wardrobe) {
                if (text(wardrobe, row.getRowNum(), 1).equals("Cheyenne Toussaint")) {
                    cheyenne.add(texts(row).subList(2, 5));
                }
            }
            assertThat(cheyenne).containsExactly(List.of("1", "3", ""), List.of("2", "7, 8, 12", "Tulle veils (7)"),
                    List.of("3", "13", ""), List.of("4", "16", ""));
        }
    }

    @Test
    void a_costume_goes_only_to_the_characters_who_wear_it() throws Exception {
        try (XSSFWorkbook workbook = episode(Locale.ENGLISH, "episode-101-en.xlsx")) {
            XSSFSheet wardrobe = workbook.getSheet("Wardrobe by day");
            // Scene 7 is the veil pas de deux: Cheyenne dances it in a veil, Geneviève, who runs the company, watches.
            assertThat(wardrobeOf(wardrobe, "Cheyenne Toussaint")).anyMatch(line -> line.contains("Tulle veils (7)"));
            Row genevieve = null;
            for (Row row : wardrobe) {
                if (text(wardrobe, row.getRowNum(), 1).equals("Geneviève Lavigne")
                        && List.of(text(wardrobe, row.getRowNum(), 3).split(", ")).contains("7")) {
                    genevieve = row;
                }
            }
            assertThat(genevieve).as("Geneviève's story day with scene 7").isNotNull();
            assertThat(text(wardrobe, genevieve.getRowNum(), 4)).doesNotContain("Tulle veils", "Swan tutus");
        }
    }

    @Test
    void a_costume_given_to_no_one_is_listed_once_for_its_scene() throws Exception {
        actAs("writer", "WRITER");
        var scene = outlineService.scenes(pilot.id()).stream().filter(s -> s.getNumber().equals("7")).findFirst()
                .orElseThrow();
        long wardrobeCategory = breakdownService.categories().stream().filter(c -> "wardrobe".equals(c.getSeedKey()))
                .findFirst().orElseThrow().getId();
        long capes = breakdownService.createElement(wardrobeCategory, "Opera capes").getId();
        breakdownService.tagElement(scene.getId(), capes, 6, null);
        try (XSSFWorkbook workbook = episode(Locale.ENGLISH, "episode-101-capes.xlsx")) {
            XSSFSheet wardrobe = workbook.getSheet("Wardrobe by day");
            assertThat(wardrobeOf(wardrobe, "Cheyenne Toussaint")).noneMatch(line -> line.contains("Opera capes"));
            assertThat(wardrobeOf(wardrobe, "Whole scene (no wearer named)"))
                    .containsExactly("Opera capes (7)");
        }
    }

    /** The Wardrobe column of the rows of one character (or of the whole-scene rows). */
    private static List<String> wardrobeOf(XSSFSheet wardrobe, String name) {
        List<String> lines = new ArrayList<>();
        for (Row row : wardrobe) {
            if (text(wardrobe, row.getRowNum(), 1).equals(name) && !text(wardrobe, row.getRowNum(), 4).isEmpty()) {
                lines.add(text(wardrobe, row.getRowNum(), 4));
            }
        }
        return lines;
    }

    @Test
    void a_french_workbook_names_its_sheets_and_writes_its_values_in_french() throws Exception {
        try (XSSFWorkbook workbook = episode(Locale.FRENCH, "episode-101-fr.xlsx")) {
            assertThat(WorkbookReader.sheetNames(workbook)).containsExactly("Continuité", "Dépouillement",
                    "Rôles x séquences", "Numéros dansés", "Éléments", "Liste des rôles", "Séquences par personnage",
                    "Costumes par jour", "Relevé musical");
            XSSFSheet oneLiner = workbook.getSheet("Continuité");
            assertThat(texts(oneLiner.getRow(0)).subList(0, 4)).containsExactly("Séq.", "I/E", "Décor", "J/N");
            List<String> times = new ArrayList<>();
            for (int row = 1; row <= 17; row++) {
                times.add(text(oneLiner, row, 3));
            }
            assertThat(times).contains("JOUR", "NUIT", "MATIN", "SOIR", "AUBE", "CRÉPUSCULE", "CONTINU", "PLUS TARD")
                    .doesNotContain("DAY", "NIGHT", "MORNING", "EVENING", "DAWN", "DUSK", "CONTINUOUS", "LATER");
            XSSFSheet dances = workbook.getSheet("Numéros dansés");
            List<String> sources = new ArrayList<>();
            for (int row = 1; !text(dances, row, 0).isEmpty(); row++) {
                sources.add(text(dances, row, 6));
            }
            assertThat(sources).isNotEmpty().allMatch(source -> List.of("EN DIRECT", "PLAYBACK", "PISTE DE CLIC", "")
                    .contains(source));
            assertThat(workbook.getSheet("Liste des rôles").getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo("Rôle principal");
            for (XSSFSheet sheet : sheets(workbook)) {
                assertThat(sheet.getFooter().getCenter()).isEqualTo("Page &P sur &N");
                assertThat(sheet.getFooter().getLeft()).doesNotContain("DRAFT", "OUTLINE", "LOCKED");
            }
        }
        try (XSSFWorkbook season = season(Locale.FRENCH, "season-fr.xlsx")) {
            XSSFSheet episodes = season.getSheet("Épisodes");
            assertThat(text(episodes, 1, 2)).isNotIn("OUTLINE", "BEAT SHEET", "BEAT_SHEET", "DRAFT", "REVISIONS", "LOCKED");
            assertThat(season.getSheet("Épisodes").getHeader().getCenter()).isEqualTo("Saison 1");
        }
    }

    @Test
    void a_french_changes_sheet_says_what_changed_in_french() throws Exception {
        EpisodeBreakdown pilot = EtoileFixtures.pilotBreakdown();
        RevisionChanges blue = new RevisionChanges("Blue", "#C6EDFE", java.time.LocalDate.of(2026, 9, 1), "",
                List.of(new RevisionChanges.Change("5", "OMIT", null, "", "", "writer", null),
                        new RevisionChanges.Change("6", "RESTORE", null, "", "", "writer", null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpisodeWorkbook(ExportLabels.forLocale(Locale.FRENCH)).write(new EpisodeBreakdown(pilot.series(),
                pilot.episode(), pilot.scenes(), pilot.cast(), pilot.danceNumbers(), pilot.categories(), blue), out);
        try (XSSFWorkbook workbook = keep(out.toByteArray(), "episode-revised-fr.xlsx")) {
            XSSFSheet changes = workbook.getSheet("Modifications");
            assertThat(text(changes, rowWith(changes, 0, "5").getRowNum(), 1)).isEqualTo("omise");
            assertThat(text(changes, rowWith(changes, 0, "6").getRowNum(), 1)).isEqualTo("rétablie");
            assertThat(text(changes, 0, 0)).startsWith("Bleu");
            for (Row row : changes) {
                assertThat(texts(row)).noneMatch(value -> value.contains("OMITTED") || value.contains("Blue"));
            }
        }
    }

    private XSSFWorkbook episode(Locale locale, String file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeEpisodeWorkbook(pilot.id(), locale, out);
        return keep(out.toByteArray(), file);
    }

    private XSSFWorkbook season(Locale locale, String file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeSeasonWorkbook(1, locale, out);
        return keep(out.toByteArray(), file);
    }

    /** Leaves the file in target/print for printing with LibreOffice, and reads it back. */
    private static XSSFWorkbook keep(byte[] bytes, String file) throws IOException {
        Path folder = Path.of("target", "print");
        Files.createDirectories(folder);
        Files.write(folder.resolve(file), bytes);
        return WorkbookReader.read(bytes);
    }

    private static List<XSSFSheet> sheets(XSSFWorkbook workbook) {
        List<XSSFSheet> sheets = new ArrayList<>();
        workbook.forEach(sheet -> sheets.add((XSSFSheet) sheet));
        return sheets;
    }

    private static boolean fittedToWidth(XSSFSheet sheet) {
        return sheet.getFitToPage() && sheet.getPrintSetup().getFitWidth() == 1 && sheet.getPrintSetup().getFitHeight() == 0;
    }

    /** The scale the sheet prints at: fitted to one page wide (never enlarged), or its set scale. */
    private static double scale(XSSFSheet sheet) {
        if (fittedToWidth(sheet)) {
            return Math.min(1, printableWidth(sheet) / sheetWidth(sheet));
        }
        return sheet.getPrintSetup().getScale() / 100.0;
    }

    /** The smallest text on the sheet as printed: its smallest font times its print scale. */
    private static double effectivePoints(XSSFSheet sheet) {
        double smallest = Double.MAX_VALUE;
        for (Row row : sheet) {
            for (Cell cell : row) {
                int font = cell.getCellStyle().getFontIndex();
                smallest = Math.min(smallest, sheet.getWorkbook().getFontAt(font).getFontHeightInPoints());
            }
        }
        return smallest * scale(sheet);
    }

    private static double printableWidth(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        double[] paper = print.getPaperSize() == PrintSetup.A4_PAPERSIZE ? new double[]{595, 842} : new double[]{612, 792};
        double width = print.getLandscape() ? paper[1] : paper[0];
        return width - (sheet.getMargin(PageMargin.LEFT) + sheet.getMargin(PageMargin.RIGHT)) * 72;
    }

    private static double sheetWidth(XSSFSheet sheet) {
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum());
        }
        double points = 0;
        for (int column = 0; column < last; column++) {
            points += sheet.getColumnWidth(column) * POINTS_PER_WIDTH_UNIT;
        }
        return points;
    }

    /** How many scene columns one printed page holds beside the repeated ID, name and performer columns. */
    private static int scenesPerPageWidth(XSSFSheet sheet) {
        double lead = 0;
        for (int column = 0; column < CastMatrix.LEAD_COLUMNS; column++) {
            lead += sheet.getColumnWidth(column) * POINTS_PER_WIDTH_UNIT;
        }
        double sceneColumn = sheet.getColumnWidth(CastMatrix.LEAD_COLUMNS) * POINTS_PER_WIDTH_UNIT;
        return (int) ((printableWidth(sheet) / scale(sheet) - lead) / sceneColumn);
    }
}
