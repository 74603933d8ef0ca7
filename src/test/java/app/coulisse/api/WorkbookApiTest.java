package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbooks over HTTP with Basic auth, as a script or Excel's "get data from web" fetches them. */
class WorkbookApiTest extends ServerTest {

    @Test
    void production_downloads_an_episode_workbook_with_basic_auth() throws Exception {
        long episodeId = firstEpisodeId();

        HttpResponse<byte[]> response = sendForBytes(request("/api/episodes/" + episodeId + "/breakdown.xlsx",
                "production", "etoile-office"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .contains("filename=\"Etoile-101-breakdown.xlsx\"").contains("filename*=UTF-8''%C3%89toile-101-breakdown.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("One-liner");
        }
    }

    @Test
    void a_writer_downloads_the_season_workbook() throws Exception {
        HttpResponse<byte[]> response = sendForBytes(request("/api/season/breakdown.xlsx", "writer", "etoile-room"));

        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Episodes");
        }
    }

    @Test
    void without_credentials_the_workbook_is_refused_with_401() throws Exception {
        assertThat(send(request("/api/season/breakdown.xlsx")).statusCode()).isEqualTo(401);
    }

    @Test
    void a_wrong_password_is_refused_with_401() throws Exception {
        assertThat(send(request("/api/season/breakdown.xlsx", "production", "not-the-password")).statusCode()).isEqualTo(401);
    }

    @Test
    void an_unknown_episode_gets_404_with_a_json_message() throws Exception {
        HttpResponse<String> response = send(request("/api/episodes/999999/breakdown.xlsx", "production", "etoile-office"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(response.body()).contains("\"message\"");
    }

    private long firstEpisodeId() throws Exception {
        String body = send(request("/api/episodes", "production", "etoile-office")).body();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(body);
        assertThat(id.find()).as(body).isTrue();
        return Long.parseLong(id.group(1));
    }
}
