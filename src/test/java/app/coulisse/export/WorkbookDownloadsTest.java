package app.coulisse.export;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkbookDownloadsTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;

    @Test
    void production_downloads_the_season_workbook_from_the_season_overview() throws Exception {
        loginAs("production");
        UI.getCurrent().navigate("");

        byte[] bytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("download-season-workbook")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Episodes");
        }
    }

    @Test
    void a_writer_downloads_the_episode_workbook_from_the_board() throws Exception {
        loginAs("writer");
        long episodeId = seasonService.episodeSummaries().get(0).id();
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");

        byte[] bytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("download-episode-workbook")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("One-liner");
            assertThat(workbook.getSheet("One-liner").getRow(1).getCell(2).getStringCellValue()).isEqualTo("MBT - JACK'S OFFICE");
        }
    }

    @Test
    void the_reports_offer_the_episode_workbook_of_the_chosen_episode() throws Exception {
        loginAs("production");
        UI.getCurrent().navigate("reports");

        byte[] bytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("download-episode-workbook")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheet("Cast x Scenes")).isNotNull();
        }
    }
}
