package app.coulisse.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.season.SeasonService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The production workbook's Readiness sheet: each number on each shoot day, no go named in the workbook's language. */
class ReadinessSheetTest extends SpringAppTest {

    @Autowired
    ProductionExportService export;
    @Autowired
    ReadinessService readiness;
    @Autowired
    SeasonService seasonService;

    private List<List<String>> sheet(Locale locale, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeProductionWorkbook(seasonService.currentSeason().getNumber(), locale, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet(name);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf(cell.getLocalDateTimeCellValue().toLocalDate()) : cell.getStringCellValue()));
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void the_sheet_lists_every_number_day_and_names_the_big_swan_in_english_and_french() throws Exception {
        actAs("production", "PRODUCTION");
        int days = readiness.readiness(seasonService.currentSeason().getNumber()).numberDays().size();
        List<List<String>> english = sheet(Locale.ENGLISH, "Readiness");
        assertThat(english.getFirst()).containsExactly("Date", "Dance number", "Go / no go", "Why not");
        assertThat(english).hasSize(days + 1);
        // Each failing condition on a line of its own in the last cell (the rights of the corps fail too, record 055).
        assertThat(english).anySatisfy(row -> {
            assertThat(row).contains("Corps de Ballet in Pieces", "✗ No go");
            assertThat(row.getLast()).contains("No dancer signed off as ready in \"Big swan\" is called that day.");
        });
        assertThat(sheet(Locale.FRENCH, "Préparation")).anySatisfy(row -> {
            assertThat(row).contains("✗ Pas prêt");
            // The demo's seeded part is named in the workbook's language (record 054).
            assertThat(row.getLast()).contains("Aucun danseur validé prêt dans « Grand cygne » n'est convoqué ce jour-là.");
        });
    }
}
