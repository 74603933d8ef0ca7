package app.coulisse.export;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The cue sheet download in the episode header: the one sheet, in the user's language, with the demo's timings. */
class CueSheetDownloadTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;

    @Test
    void the_board_of_episode_101_downloads_its_cue_sheet_in_french_with_timings_and_credit_lines() throws Exception {
        loginAs("writer", Locale.FRENCH);
        long pilot = seasonService.episodeSummaries().stream().filter(e -> e.number().equals("101")).findFirst()
                .orElseThrow().id();
        UI.getCurrent().navigate("episodes/" + pilot + "/board");

        byte[] bytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("download-cue-sheet")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheet("Relevé musical");
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(6))).isEqualTo("Durée");
            assertThat(WorkbookReader.rowWith(sheet, 0, "The Veil").getCell(6).getStringCellValue()).isEqualTo("6:52");
            assertThat(text.formatCellValue(WorkbookReader.rowWith(sheet, 0, "Durée totale").getCell(6))).isEqualTo("14:17");
            assertThat(text.formatCellValue(WorkbookReader.rowWith(sheet, 2, "Français").getCell(3)))
                    .startsWith("Le Lac des cygnes");
        }
    }
}
