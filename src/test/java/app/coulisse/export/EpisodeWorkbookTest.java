package app.coulisse.export;

import app.coulisse.export.model.EpisodeBreakdown;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static app.coulisse.export.WorkbookReader.evaluated;
import static app.coulisse.export.WorkbookReader.fill;
import static app.coulisse.export.WorkbookReader.rowWith;
import static app.coulisse.export.WorkbookReader.text;
import static app.coulisse.export.WorkbookReader.texts;
import static org.assertj.core.api.Assertions.assertThat;

class EpisodeWorkbookTest {

    private XSSFWorkbook workbook;
    private FormulaEvaluator evaluator;

    @BeforeEach
    void exportThePilot() throws IOException {
        workbook = WorkbookReader.read(write(EtoileFixtures.pilotBreakdown()));
        evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    static byte[] write(EpisodeBreakdown breakdown) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpisodeWorkbook().write(breakdown, out);
        return out.toByteArray();
    }

    @Test
    void sheets_come_in_the_production_office_order() {
        assertThat(WorkbookReader.sheetNames(workbook))
                .containsExactly("One-liner", "Breakdown sheets", "Cast x Scenes", "Dance numbers", "Elements",
                        "Cast list", "Scenes by character", "Wardrobe by day");
    }

    @Test
    void one_liner_has_one_row_per_scene_with_heading_length_cast_and_dances() {
        XSSFSheet sheet = workbook.getSheet("One-liner");
        assertThat(texts(sheet.getRow(0))).containsExactly("Scene", "I/E", "Set", "D/N", "Story day", "Pages",
                "Eighths", "Cast", "Dance numbers", "Synopsis", "Shooting location", "Story city");
        assertThat(texts(sheet.getRow(1))).containsExactly("1", "INT", "MBT - JACK'S OFFICE", "DAY", "1", "1 3/8",
                "11", "1, 3", "", "Jack learns the Paris star is coming.", "Stage 3", "New York");
        assertThat(texts(sheet.getRow(3))).containsExactly("3", "INT", "BALLET NATIONAL - STUDIO", "CONTINUOUS", "1",
                "2", "16", "2, 3, 4", "La Danse des voiles", "The veil rehearsal; Luc falls.", "Stage 3", "Paris");
        assertThat(texts(sheet.getRow(5)).subList(0, 9)).containsExactly("4A", "EXT", "CENTRAL PARK", "DAY", "2",
                "1 4/8", "12", "1, 5", "");
        assertThat(texts(sheet.getRow(6)).subList(0, 9)).containsExactly("5", "INT/EXT", "TAXI - MOVING", "DUSK",
                "2", "5/8", "5", "2, 4", "Pas de deux");
        assertThat(sheet.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
    }

    @Test
    void one_liner_rows_are_filled_with_the_strip_colours() {
        XSSFSheet sheet = workbook.getSheet("One-liner");
        // INT DAY white, EXT NIGHT green, INT CONTINUOUS after a night = INT NIGHT blue,
        // EXT DAY yellow, INT/EXT DUSK = EXT NIGHT green.
        assertThat(List.of(1, 2, 3, 5, 6)).map(row -> fill(sheet.getRow(row).getCell(2)))
                .containsExactly("FFFFFF", "A5D6A7", "90CAF9", "FFF176", "A5D6A7");
        for (int column = 0; column < 10; column++) {
            assertThat(fill(sheet.getRow(5).getCell(column))).as("column %d", column).isEqualTo("FFF176");
        }
    }

    @Test
    void omitted_scene_shows_omitted_and_nothing_else() {
        XSSFSheet sheet = workbook.getSheet("One-liner");
        assertThat(texts(sheet.getRow(4))).containsExactly("4", "OMITTED");
        assertThat(fill(sheet.getRow(4).getCell(1))).isEmpty();
    }

    @Test
    void omitted_scene_gets_no_breakdown_sheet() {
        XSSFSheet sheet = workbook.getSheet("Breakdown sheets");
        List<String> sheetNumbers = sheetStartRows(sheet).stream().map(row -> text(sheet, row + 3, 0)).toList();
        assertThat(sheetNumbers).containsExactly("1", "2", "3", "4A", "5");
    }

    @Test
    void eighths_total_is_a_sum_formula_that_evaluates_to_the_episode_length() {
        XSSFSheet sheet = workbook.getSheet("One-liner");
        Row total = sheet.getRow(7);
        assertThat(text(sheet, 7, 0)).isEqualTo("Total");
        assertThat(total.getCell(6).getCellFormula()).isEqualTo("SUM(G2:G7)");
        assertThat(evaluated(evaluator, total.getCell(6))).isEqualTo("47");
        assertThat(evaluated(evaluator, total.getCell(5))).isEqualTo("5 7/8");
    }

    @Test
    void formulas_carry_their_results_for_viewers_that_do_not_recalculate() {
        Row total = workbook.getSheet("One-liner").getRow(7);
        assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(47);
        assertThat(total.getCell(5).getCachedFormulaResultType()).isEqualTo(CellType.STRING);
        assertThat(total.getCell(5).getStringCellValue()).isEqualTo("5 7/8");
        assertThat(workbook.getSheet("Cast x Scenes").getRow(6).getCell(8).getNumericCellValue()).isEqualTo(10);
        assertThat(workbook.getSheet("Cast x Scenes").getRow(2).getCell(8).getNumericCellValue()).isEqualTo(3);
        assertThat(workbook.getForceFormulaRecalculation()).isTrue();
    }

    @Test
    void synopsis_starting_with_equals_stays_text() {
        Cell synopsis = workbook.getSheet("One-liner").getRow(5).getCell(9);
        assertThat(synopsis.getCellType()).isEqualTo(CellType.STRING);
        assertThat(synopsis.getStringCellValue()).isEqualTo(EtoileFixtures.FORMULA_SYNOPSIS);
        Cell atSign = workbook.getSheet("One-liner").getRow(6).getCell(9);
        assertThat(atSign.getCellType()).isEqualTo(CellType.STRING);
        assertThat(atSign.getStringCellValue()).isEqualTo("@Geneviève texts Laâge.");
    }

    @Test
    void one_liner_freezes_its_header_filters_and_repeats_it_on_printed_pages() {
        XSSFSheet sheet = workbook.getSheet("One-liner");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L7");
        CellRangeAddress repeated = sheet.getRepeatingRows();
        assertThat(List.of(repeated.getFirstRow(), repeated.getLastRow())).containsExactly(0, 0);
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getFitToPage()).isTrue();
    }

    @Test
    void column_widths_follow_the_longest_text() {
        XSSFSheet sheet = workbook.getSheet("One-liner");
        int setWidth = sheet.getColumnWidth(2) / 256;
        assertThat(setWidth).isEqualTo("BALLET NATIONAL - STUDIO".length() + 2);
        assertThat(sheet.getColumnWidth(1) / 256).isLessThan(setWidth);
    }

    @Test
    void breakdown_sheets_break_the_page_after_each_scene() {
        XSSFSheet sheet = workbook.getSheet("Breakdown sheets");
        int[] breaks = sheet.getRowBreaks();
        assertThat(breaks).hasSize(5);
        List<Integer> starts = sheetStartRows(sheet);
        for (int index = 1; index < starts.size(); index++) {
            assertThat(breaks[index - 1]).isEqualTo(starts.get(index) - 1);
        }
        assertThat(breaks[4]).isGreaterThanOrEqualTo(sheet.getLastRowNum());
    }

    @Test
    void breakdown_sheet_has_the_header_box_then_cast_dance_and_category_boxes_in_colour() {
        XSSFSheet sheet = workbook.getSheet("Breakdown sheets");
        int start = sheetStartRows(sheet).get(2);
        assertThat(text(sheet, start, 0)).isEqualTo("Étoile");
        assertThat(text(sheet, start, 6)).isEqualTo("3");
        assertThat(text(sheet, start + 1, 1)).isEqualTo("101 – Pilote");
        assertThat(texts(sheet.getRow(start + 2))).containsExactly("Scene", "I/E", "Set", "D/N", "Pages", "Story day",
                "Location");
        assertThat(texts(sheet.getRow(start + 3))).containsExactly("3", "INT", "BALLET NATIONAL - STUDIO",
                "CONTINUOUS", "2", "1", "Stage 3");
        assertThat(text(sheet, start + 4, 1)).isEqualTo("The veil rehearsal; Luc falls.");

        Row castTitle = sheet.getRow(start + 8);
        assertThat(text(sheet, castTitle.getRowNum(), 0)).isEqualTo("Cast");
        assertThat(fill(castTitle.getCell(0))).isEqualTo("EF9A9A");
        assertThat(fill(castTitle.getCell(2))).isEqualTo("EF9A9A");
        assertThat(text(sheet, castTitle.getRowNum(), 4)).isEqualTo("Dance numbers");
        assertThat(fill(castTitle.getCell(4))).isEqualTo("BCAAA4");

        List<String> cast = List.of(1, 2, 3).stream()
                .map(offset -> text(sheet, castTitle.getRowNum() + offset, 0) + " " + text(sheet, castTitle.getRowNum() + offset, 1))
                .toList();
        assertThat(cast).containsExactly("2. GENEVIÈVE LAVIGNE SD", "3. CHEYENNE TOUSSAINT ND", "4. LUC MARCHAND ND");
        assertThat(text(sheet, castTitle.getRowNum() + 1, 4)).isEqualTo("La Danse des voiles");
        assertThat(text(sheet, castTitle.getRowNum() + 1, 6)).isEqualTo("rehearsal excerpt");

        Row props = sheet.getRow(castTitle.getRowNum() + 5);
        assertThat(texts(props)).containsExactly("Props", "", "", "", "Special Effects", "", "");
        assertThat(fill(props.getCell(0))).isEqualTo("800080");
        assertThat(text(sheet, props.getRowNum() + 1, 0)).isEqualTo("Silk veil");
        assertThat(text(sheet, props.getRowNum() + 1, 1)).isEqualTo("23");
    }

    @Test
    void cast_by_scene_marks_speaking_silent_and_dancing_with_counta_totals() {
        XSSFSheet sheet = workbook.getSheet("Cast x Scenes");
        assertThat(texts(sheet.getRow(0))).containsExactly("ID", "Character", "Performer", "1", "2", "3", "4A", "5",
                "Total");
        assertThat(texts(sheet.getRow(1)).subList(0, 8)).containsExactly("1", "Jack McMillan", "Ethan Cole", "S", "",
                "", "S", "");
        assertThat(texts(sheet.getRow(2)).subList(0, 8)).containsExactly("2", "Geneviève Lavigne", "Camille Laâge", "",
                "S", "SD", "", "S");
        assertThat(texts(sheet.getRow(4)).subList(3, 8)).containsExactly("", "", "ND", "", "SD");
        assertThat(sheet.getRow(2).getCell(8).getCellFormula()).isEqualTo("COUNTA(D3:H3)");
        assertThat(evaluated(evaluator, sheet.getRow(2).getCell(8))).isEqualTo("3");

        Row totals = sheet.getRow(6);
        assertThat(text(sheet, 6, 1)).isEqualTo("Total");
        assertThat(List.of(3, 4, 5, 6, 7, 8)).map(column -> evaluated(evaluator, totals.getCell(column)))
                .containsExactly("2", "1", "3", "2", "2", "10");
        assertThat(text(sheet, rowWith(sheet, 0, "D").getRowNum(), 1)).isEqualTo("Dancing");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    }

    @Test
    void dance_numbers_list_every_field_and_their_scenes() {
        XSSFSheet sheet = workbook.getSheet("Dance numbers");
        assertThat(texts(sheet.getRow(0))).containsExactly("Title", "Style", "Choreographer", "Composer", "Piece",
                "Cue", "Music source", "Company", "Duration", "Principal dancers", "Ensemble", "Rehearsal hours",
                "Costume notes", "Shoes per dancer", "Props", "Scenes");
        assertThat(texts(sheet.getRow(1))).containsExactly("La Danse des voiles", "Contemporary", "Anne Dubois",
                "Pyotr Ilyich Tchaikovsky", "Swan Lake, Act II", "M12", "PLAYBACK", "Le Ballet National", "4:05",
                "2. GENEVIÈVE LAVIGNE, 3. CHEYENNE TOUSSAINT", "23", "40.5", "23 dancers, tulle veils", "3",
                "23 silk veils", "3 (rehearsal excerpt)");
        assertThat(text(sheet, 2, 6)).isEqualTo("CLICK TRACK");
        assertThat(text(sheet, 2, 15)).isEqualTo("5");
    }

    @Test
    void dancers_by_number_grid_marks_principals_and_scene_dancers() {
        XSSFSheet sheet = workbook.getSheet("Dance numbers");
        Row title = rowWith(sheet, 0, "Dancers x numbers");
        assertThat(fill(title.getCell(0))).isEqualTo("BCAAA4");
        int header = title.getRowNum() + 1;
        assertThat(texts(sheet.getRow(header))).containsExactly("ID", "Character", "Performer",
                "La Danse des voiles", "Pas de deux", "Total");
        assertThat(texts(sheet.getRow(header + 1)).subList(0, 5))
                .containsExactly("2", "Geneviève Lavigne", "Camille Laâge", "P", "P");
        assertThat(texts(sheet.getRow(header + 2)).subList(0, 5))
                .containsExactly("3", "Cheyenne Toussaint", "Maya Brooks", "P", "");
        assertThat(texts(sheet.getRow(header + 3)).subList(0, 5))
                .containsExactly("4", "Luc Marchand", "Hugo Bérard", "D", "P");
        Row totals = sheet.getRow(header + 4);
        assertThat(evaluated(evaluator, totals.getCell(3))).isEqualTo("3");
        assertThat(evaluated(evaluator, totals.getCell(5))).isEqualTo("5");
        assertThat(texts(sheet.getRow(header + 5)).subList(1, 5)).containsExactly("Ensemble", "", "23", "0");
    }

    @Test
    void elements_are_grouped_by_category_in_colour_with_quantity_and_scenes() {
        XSSFSheet sheet = workbook.getSheet("Elements");
        assertThat(text(sheet, 0, 0)).isEqualTo("Props");
        assertThat(fill(sheet.getRow(0).getCell(3))).isEqualTo("800080");
        assertThat(texts(sheet.getRow(1))).containsExactly("Element", "Quantity", "Scenes", "Notes");
        assertThat(texts(sheet.getRow(2))).containsExactly("Phone", "2", "2, 4A", "4A: Jack's, cracked");
        assertThat(texts(sheet.getRow(3))).containsExactly("Silk veil", "23", "3", "3: tulle");
        // Categories follow their catalog position: Props (6), Special Effects (8), Wardrobe (9).
        assertThat(text(sheet, 5, 0)).isEqualTo("Special Effects");
        assertThat(text(sheet, 9, 0)).isEqualTo("Wardrobe");
        assertThat(text(sheet, 11, 0)).isEqualTo("Rehearsal tutu");
    }

    @Test
    void accents_survive_in_every_sheet() {
        assertThat(text(workbook.getSheet("Breakdown sheets"), 0, 0)).isEqualTo("Étoile");
        assertThat(text(workbook.getSheet("Cast x Scenes"), 2, 1)).isEqualTo("Geneviève Lavigne");
        assertThat(text(workbook.getSheet("Cast x Scenes"), 2, 2)).isEqualTo("Camille Laâge");
        assertThat(text(workbook.getSheet("Cast x Scenes"), 5, 1)).isEqualTo("Ophélie Roux");
    }

    /** The first row of each breakdown sheet: the production title. */
    private static List<Integer> sheetStartRows(XSSFSheet sheet) {
        List<Integer> rows = new ArrayList<>();
        for (Row row : sheet) {
            if ("Étoile".equals(text(sheet, row.getRowNum(), 0))) {
                rows.add(row.getRowNum());
            }
        }
        return rows;
    }
}
