package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Production downloads an episode's breakdown workbook from the board's header. */
@ExtendWith(BrowserExtension.class)
class WorkbookDownloadE2E {

    @Test
    void the_episode_workbook_downloads_with_the_one_liner(Browser browser) throws Exception {
        browser.loginAs(DemoLogin.PRODUCTION);
        browser.openEpisodeFromSeason("101");

        browser.click("a#download-episode-workbook");

        Path workbook = browser.downloaded(".xlsx");
        assertThat(workbook.getFileName().toString()).isEqualTo("Étoile-101-breakdown.xlsx");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook excel = new XSSFWorkbook(in)) {
            Sheet oneLiner = excel.getSheet("One-liner");
            assertThat(oneLiner).as("sheet One-liner").isNotNull();
            assertThat(texts(oneLiner))
                    .contains("MBT - JACK'S OFFICE", "Jack learns the gala lost its sponsor and pitches a wild idea: swap stars with Paris.");
        }
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                texts.add(cell.toString());
            }
        }
        return texts;
    }
}
