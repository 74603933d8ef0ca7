package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An episode's music cue sheet over HTTP: JSON with timings and credit lines, the same as a workbook, in the OpenAPI document. */
class CueSheetApiTest extends ServerTest {

    private final ObjectMapper json = new ObjectMapper();

    private long pilotId() throws Exception {
        JsonNode episodes = json.readTree(send(request("/api/episodes", "writer", "etoile-room")).body());
        for (JsonNode episode : episodes) {
            if (episode.get("number").asText().equals("101")) {
                return episode.get("id").asLong();
            }
        }
        throw new AssertionError("no episode 101");
    }

    @Test
    void the_cue_sheet_of_episode_101_lists_its_numbers_with_timings_and_the_required_credit_lines() throws Exception {
        HttpResponse<String> response = send(request("/api/episodes/" + pilotId() + "/cue-sheet", "writer", "etoile-room"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode sheet = json.readTree(response.body());
        assertThat(sheet.get("episodeNumber").asText()).isEqualTo("101");
        List<String> titles = new ArrayList<>();
        for (JsonNode cue : sheet.get("cues")) {
            titles.add(cue.get("title").asText());
            assertThat(cue.get("timing").asText()).as(cue.get("title").asText()).matches("\\d+:\\d{2}");
            assertThat(cue.get("usage").asText()).isEqualTo("VI");
            assertThat(cue.get("scenes")).isNotEmpty();
        }
        assertThat(titles).isNotEmpty();
        assertThat(sheet.get("totalTiming").asText()).matches("\\d+:\\d{2}");
        for (JsonNode credit : sheet.get("credits")) {
            assertThat(titles).contains(credit.get("danceNumber").asText());
            assertThat(credit.get("english").asText()).isNotBlank();
            assertThat(credit.get("french").asText()).isNotBlank();
        }
    }

    @Test
    void the_cue_sheet_workbook_prints_the_same_numbers_and_timings() throws Exception {
        long pilot = pilotId();
        JsonNode sheet = json.readTree(send(request("/api/episodes/" + pilot + "/cue-sheet", "production",
                "etoile-office")).body());
        HttpResponse<byte[]> response = sendForBytes(request("/api/episodes/" + pilot + "/cue-sheet.xlsx", "production",
                "etoile-office"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("filename=\"Etoile-101-cue-sheet.xlsx\""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet cues = workbook.getSheet("Cue sheet");
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(cues.getRow(0).getCell(0))).isEqualTo("Dance number");
            assertThat(text.formatCellValue(cues.getRow(0).getCell(6))).isEqualTo("Timing");
            int row = 1;
            for (JsonNode cue : sheet.get("cues")) {
                Row printed = cues.getRow(row++);
                assertThat(text.formatCellValue(printed.getCell(0))).isEqualTo(cue.get("title").asText());
                assertThat(text.formatCellValue(printed.getCell(6))).isEqualTo(cue.get("timing").asText());
            }
            assertThat(text.formatCellValue(cues.getRow(row).getCell(6))).isEqualTo(sheet.get("totalTiming").asText());
        }
    }

    @Test
    void an_unknown_episode_has_no_cue_sheet_and_both_routes_are_documented() throws Exception {
        assertThat(send(request("/api/episodes/999999/cue-sheet", "writer", "etoile-room")).statusCode()).isEqualTo(404);
        assertThat(send(request("/api/episodes/1/cue-sheet")).statusCode()).isEqualTo(401);
        JsonNode paths = json.readTree(send(request("/api/openapi.json", "writer", "etoile-room")).body()).get("paths");
        assertThat(paths.has("/api/episodes/{episodeId}/cue-sheet")).isTrue();
        assertThat(paths.has("/api/episodes/{episodeId}/cue-sheet.xlsx")).isTrue();
    }
}
