package app.coulisse.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.season.PaperSize;
import app.coulisse.season.SeasonService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's production workbook read back with POI: four print-ready sheets, a DOOD that agrees with the schedule. */
class ProductionWorkbookTest extends SpringAppTest {

    @Autowired
    ProductionExportService export;
    @Autowired
    ProductionPlanService plans;
    @Autowired
    SeasonService seasonService;

    private XSSFWorkbook workbook(Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeProductionWorkbook(seasonService.currentSeason().getNumber(), locale, out);
        // Left in target/print for a look in LibreOffice, beside the breakdown workbooks.
        java.nio.file.Path folder = java.nio.file.Path.of("target", "print");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.write(folder.resolve("production-" + locale.getLanguage() + ".xlsx"), out.toByteArray());
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The scale a sheet prints at: fitted to the page width (never enlarged), or its set scale. */
    private double printedScale(Sheet sheet) {
        if (!sheet.getFitToPage()) {
            return sheet.getPrintSetup().getScale() / 100.0;
        }
        PaperSize paper = seasonService.series().getPaperSize();
        double printable = paper.heightPoints() - 2 * paper.marginInches() * 72;
        double width = 0;
        for (int column = 0; column < sheet.getRow(0).getLastCellNum(); column++) {
            width += sheet.getColumnWidth(column) * 7 * 0.75 / 256;
        }
        return Math.min(1, printable / width);
    }

    private static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? "" : cell.toString();
    }

    @Test
    void the_workbook_has_the_four_sheets_print_ready_with_coloured_strips_and_day_banners() throws Exception {
        actAs("production", "PRODUCTION");
        ProductionPlan plan = plans.plan(seasonService.currentSeason().getNumber());
        try (XSSFWorkbook workbook = workbook(Locale.ENGLISH)) {
            assertThat(Arrays.asList(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                    workbook.getSheetName(3)))
                    .containsExactly("Shooting schedule", "Day out of days", "Rehearsals", "Shoes and costumes");
            for (int i = 0; i < 4; i++) {
                Sheet sheet = workbook.getSheetAt(i);
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(printedScale(sheet)).as("%s prints no smaller than 75 %%", sheet.getSheetName())
                        .isGreaterThanOrEqualTo(0.75);
                assertThat(sheet.getRepeatingRows()).isNotNull();
                assertThat(sheet.getHeader().getLeft()).isEqualTo(seasonService.series().getTitle());
                assertThat(sheet.getFooter().getCenter()).isEqualTo("Page &P of &N");
            }
            // The Day out of days runs to several pages wide: each page repeats who the row is.
            Sheet days = workbook.getSheet("Day out of days");
            assertThat(days.getFitToPage()).isFalse();
            assertThat(days.getRepeatingColumns().formatAsString()).isEqualTo("A:C");
            Sheet schedule = workbook.getSheet("Shooting schedule");
            assertThat(text(schedule.getRow(0), 3)).isEqualTo("Scene");
            long banners = 0;
            int strips = 0;
            for (int r = 1; r <= schedule.getLastRowNum(); r++) {
                String first = text(schedule.getRow(r), 0);
                if (first.startsWith("End of day")) {
                    banners++;
                } else if (!text(schedule.getRow(r), 3).isEmpty()) {
                    strips++;
                }
            }
            assertThat(banners).isEqualTo(12);
            assertThat(strips).isEqualTo(plan.scheduled().size());
            XSSFCellStyle firstStrip = (XSSFCellStyle) schedule.getRow(1).getCell(3).getCellStyle();
            assertThat(firstStrip.getFillForegroundXSSFColor()).isNotNull();
            assertThat(text(workbook.getSheet("Rehearsals").getRow(0), 0)).isEqualTo("Dance number");
            assertThat(workbook.getSheet("Shoes and costumes").getRow(1).getCell(3).getNumericCellValue())
                    .isEqualTo(plan.shoes().numbers().getFirst().pairs());
        }
        try (XSSFWorkbook french = workbook(Locale.FRENCH)) {
            assertThat(french.getSheetName(0)).isEqualTo("Plan de travail");
        }
    }

    @Test
    void its_day_out_of_days_agrees_with_its_own_shooting_schedule() throws Exception {
        actAs("production", "PRODUCTION");
        try (XSSFWorkbook workbook = workbook(Locale.ENGLISH)) {
            Sheet schedule = workbook.getSheet("Shooting schedule");
            Map<Integer, Set<LocalDate>> worked = new HashMap<>();
            for (int r = 1; r <= schedule.getLastRowNum(); r++) {
                Row row = schedule.getRow(r);
                if (row == null || text(row, 3).isEmpty() || text(row, 0).startsWith("End of day")) {
                    continue;
                }
                LocalDate date = LocalDate.parse(text(row, 1));
                for (String castId : text(row, 9).split(",\\s*")) {
                    if (!castId.isBlank()) {
                        worked.computeIfAbsent(Integer.parseInt(castId.trim()), id -> new HashSet<>()).add(date);
                    }
                }
            }
            Sheet dood = workbook.getSheet("Day out of days");
            Row head = dood.getRow(0);
            int checked = 0;
            // The performers' rows, down to the blank row above the legend.
            for (int r = 1; dood.getRow(r) != null; r++) {
                Row row = dood.getRow(r);
                int castId = (int) row.getCell(0).getNumericCellValue();
                Set<LocalDate> days = worked.getOrDefault(castId, Set.of());
                int workColumn = -1;
                for (int c = 3; c < head.getLastCellNum(); c++) {
                    if (text(head, c).equals("Work")) {
                        workColumn = c;
                        break;
                    }
                    LocalDate header = head.getCell(c).getLocalDateTimeCellValue().toLocalDate();
                    boolean works = Set.of("SW", "W", "WF", "SWF", "PW").contains(text(row, c));
                    assertThat(works).as("cast %d on %s", castId, header).isEqualTo(days.contains(header));
                    checked++;
                }
                assertThat((int) row.getCell(workColumn).getNumericCellValue()).isEqualTo(days.size());
            }
            assertThat(checked).isPositive();
            assertThat(worked).isNotEmpty();
        }
    }
    @Test
    void no_number_prints_against_the_text_that_starts_the_next_column() throws Exception {
        actAs("production", "PRODUCTION");
        try (XSSFWorkbook workbook = workbook(Locale.ENGLISH)) {
            int checked = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        Cell next = row.getCell(cell.getColumnIndex() + 1);
                        if (cell.getCellType() == CellType.NUMERIC && next != null && next.getCellType() == CellType.STRING
                                && !next.getStringCellValue().isBlank()) {
                            // Right-aligned (the default for numbers), "-3" and "2026-09-10" print as "-3 2026-09-10".
                            assertThat(cell.getCellStyle().getAlignment()).as("%s!%s", sheet.getSheetName(),
                                    cell.getAddress()).isEqualTo(HorizontalAlignment.CENTER);
                            checked++;
                        }
                    }
                }
            }
            assertThat(checked).as("numbers beside text in the demo workbook").isGreaterThan(20);
        }
    }

    @Test
    void the_day_out_of_days_prints_a_month_a_landscape_page_with_its_totals_and_the_legend_of_its_codes() throws Exception {
        actAs("production", "PRODUCTION");
        try (XSSFWorkbook workbook = workbook(Locale.ENGLISH)) {
            Sheet dood = workbook.getSheet("Day out of days");
            Row head = dood.getRow(0);
            int firstTotal = columnOf(head, "Work");
            int last = head.getLastCellNum() - 1;
            double scale = dood.getPrintSetup().getScale() / 100.0;
            assertThat(dood.getFitToPage()).isFalse();
            assertThat(dood.getPrintSetup().getLandscape()).isTrue();
            assertThat(scale).isGreaterThanOrEqualTo(0.75);
            PaperSize paper = seasonService.series().getPaperSize();
            double page = (paper.heightPoints() - 2 * paper.marginInches() * 72) / scale;
            double lead = widthPoints(dood, 0, 2);
            double totals = widthPoints(dood, firstTotal, last);
            double day = widthPoints(dood, 3, 3);
            // Names, four weeks of days and the totals across one page at 75 % or more.
            assertThat((int) ((page - lead - totals) / day)).isGreaterThanOrEqualTo(28);
            // Each page of days, as broken by hand, fits its page; the last one carries the totals.
            int from = 3;
            List<Integer> ends = new ArrayList<>();
            for (int brk : dood.getColumnBreaks()) {
                ends.add(brk);
            }
            ends.add(last);
            for (int end : ends) {
                assertThat(lead + widthPoints(dood, from, end)).as("columns %d to %d", from, end).isLessThanOrEqualTo(page);
                from = end + 1;
            }
            assertThat(ends).hasSizeLessThanOrEqualTo(2);
            assertThat(head.getCell(3).getCellStyle().getRotation()).isEqualTo((short) 90);

            Row legend = rowWith(dood, 1, "Codes");
            Map<String, String> meanings = new HashMap<>();
            for (int r = legend.getRowNum() + 1; r <= dood.getLastRowNum(); r++) {
                meanings.put(text(dood.getRow(r), 0), text(dood.getRow(r), 1));
            }
            assertThat(meanings).containsEntry("SW", "Start work").containsEntry("H", "Hold: paid, not working")
                    .containsKeys("W", "WF", "SWF", "PW", "D", "R", "FT", "TR");
        }
        try (XSSFWorkbook french = workbook(Locale.FRENCH)) {
            Sheet dood = french.getSheet("Jours de présence");
            assertThat(dood.getRow(0).getCell(3).getCellStyle().getDataFormatString()).startsWith("[$-40C]");
            Row legend = rowWith(dood, 1, "Codes");
            assertThat(text(dood.getRow(legend.getRowNum() + 1), 0)).isEqualTo("SW");
            assertThat(text(dood.getRow(legend.getRowNum() + 1), 1)).isEqualTo("Début de travail");
        }
    }

    @Test
    void a_french_workbook_prints_times_of_day_in_french() throws Exception {
        actAs("production", "PRODUCTION");
        try (XSSFWorkbook french = workbook(Locale.FRENCH)) {
            Sheet schedule = french.getSheet("Plan de travail");
            Set<String> times = new HashSet<>();
            for (int r = 1; r <= schedule.getLastRowNum(); r++) {
                if (!text(schedule.getRow(r), 3).isEmpty()) {
                    times.add(text(schedule.getRow(r), 6));
                }
            }
            assertThat(times).contains("JOUR", "NUIT", "MATIN", "SOIR")
                    .doesNotContain("DAY", "NIGHT", "MORNING", "EVENING", "DAWN", "DUSK", "CONTINUOUS", "LATER");
        }
    }

    private static int columnOf(Row row, String title) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(title)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + title);
    }

    private static Row rowWith(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            if (text(row, column).equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value);
    }

    /** The printed width of columns {@code from} to {@code to}, in points. */
    private static double widthPoints(Sheet sheet, int from, int to) {
        double width = 0;
        for (int column = from; column <= to; column++) {
            width += sheet.getColumnWidth(column) * 7 * 0.75 / 256;
        }
        return width;
    }
}
