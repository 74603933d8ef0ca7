package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import app.coulisse.security.Role;
import app.coulisse.security.SystemAuthentication;
import app.coulisse.security.UserService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A fresh install driven over HTTP only, as the README's curl lines do: an empty database, no demo data,
 * the showrunner named by the deployment. Before setup the API says so; then the series, its seasons, the
 * episodes (with the same default acts the screen gives them) and the per-season workbooks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:coulisse-fresh-api;DB_CLOSE_DELAY=-1", "coulisse.demo-data=false",
        "coulisse.admin-user=headwriter", "coulisse.admin-password=a-long-secret"})
class FirstRunApiTest extends ServerTest {

    private static final String ADMIN = "headwriter";
    private static final String ADMIN_PASSWORD = "a-long-secret";
    private static final String WRITER = "room";
    private static final String WRITER_PASSWORD = "another-long-secret";
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    UserService userService;

    @Test
    void a_fresh_install_is_set_up_and_run_over_the_api() throws Exception {
        SystemAuthentication.asShowrunner(() ->
                userService.createUser(WRITER, "The room", Role.WRITER, WRITER_PASSWORD));

        // Before setup: the series is missing (404) and an episode cannot be made yet (409), both saying why.
        assertError(send(request("/api/series", ADMIN, ADMIN_PASSWORD)), 404, "series.none");
        HttpResponse<String> tooEarly = postJson("/api/episodes", "{\"number\":\"101\",\"title\":\"Pilot\"}", WRITER,
                WRITER_PASSWORD);
        assertError(tooEarly, 409, "series.none");
        assertThat(json.readTree(tooEarly.body()).get("message").asText()).contains("sets it up first", "PUT /api/series");

        // Bad input and the wrong role change nothing.
        assertError(putJson("{\"title\":\"Les Cygnes\"}", WRITER, WRITER_PASSWORD), 403, "error.access-denied");
        assertError(putJson("{\"title\":\"  \"}", ADMIN, ADMIN_PASSWORD), 400, "series.title.required");
        assertError(putJson("{\"title\":\"" + "x".repeat(200) + "\"}", ADMIN, ADMIN_PASSWORD), 400,
                "series.title.too-long");
        assertError(send(request("/api/series", ADMIN, ADMIN_PASSWORD)), 404, "series.none");

        // Setup: 201 with the series and its Season 1, current; a second PUT renames it (200).
        HttpResponse<String> created = putJson("{\"title\":\"Les Cygnes\",\"production\":\"Lac Films\"}", ADMIN,
                ADMIN_PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode series = json.readTree(created.body());
        assertThat(series.get("title").asText()).isEqualTo("Les Cygnes");
        assertThat(series.get("production").asText()).isEqualTo("Lac Films");
        assertThat(texts(series.get("languages"))).containsExactly("en", "fr");
        assertThat(series.get("companies")).isEmpty();
        assertThat(series.get("seasons").toString()).isEqualTo("[{\"number\":1,\"current\":true,\"episodes\":0}]");
        HttpResponse<String> renamed = putJson("{\"title\":\"Les Cygnes noirs\",\"production\":\"Lac Films\"}", ADMIN,
                ADMIN_PASSWORD);
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(send(request("/api/series", WRITER, WRITER_PASSWORD)).body()).get("title").asText())
                .isEqualTo("Les Cygnes noirs");

        // An episode made over HTTP gets the seven default acts, as one made on screen does.
        HttpResponse<String> pilot = postJson("/api/episodes", "{\"number\":\"101\",\"title\":\"Pilot\"}", WRITER,
                WRITER_PASSWORD);
        assertThat(pilot.statusCode()).as(pilot.body()).isEqualTo(201);
        JsonNode episode = json.readTree(pilot.body());
        assertThat(episode.get("season").asInt()).isEqualTo(1);
        assertThat(texts(episode.get("acts"))).containsExactly("Teaser", "Act One", "Act Two", "Act Three", "Act Four",
                "Act Five", "Tag");

        // Seasons: a second one, refused twice and to a writer; an episode in it; numbers unique across seasons.
        HttpResponse<String> second = postJson("/api/seasons", "{\"number\":2}", ADMIN, ADMIN_PASSWORD);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(second.headers().firstValue("Location")).hasValue("/api/seasons/2");
        assertError(postJson("/api/seasons", "{\"number\":2}", ADMIN, ADMIN_PASSWORD), 400, "season.number.taken");
        assertError(postJson("/api/seasons", "{\"number\":3}", WRITER, WRITER_PASSWORD), 403, "error.access-denied");
        assertError(postJson("/api/seasons", "{\"number\":0}", ADMIN, ADMIN_PASSWORD), 400, "season.number.range");
        HttpResponse<String> returning = postJson("/api/episodes",
                "{\"number\":\"201\",\"title\":\"Le Retour\",\"season\":2}", WRITER, WRITER_PASSWORD);
        assertThat(returning.statusCode()).as(returning.body()).isEqualTo(201);
        assertThat(json.readTree(returning.body()).get("season").asInt()).isEqualTo(2);
        assertError(postJson("/api/episodes", "{\"number\":\"101\",\"title\":\"Again\",\"season\":2}", WRITER,
                WRITER_PASSWORD), 400, "episode.number.taken");
        assertError(postJson("/api/episodes", "{\"number\":\"301\",\"title\":\"Later\",\"season\":3}", WRITER,
                WRITER_PASSWORD), 404, "season.not-found");
        assertThat(send(request("/api/seasons", WRITER, WRITER_PASSWORD)).body()).isEqualTo(
                "[{\"number\":1,\"current\":true,\"episodes\":1},{\"number\":2,\"current\":false,\"episodes\":1}]");
        assertThat(numbers(send(request("/api/episodes", WRITER, WRITER_PASSWORD)))).containsExactly("101");
        assertThat(numbers(send(request("/api/episodes?season=2", WRITER, WRITER_PASSWORD)))).containsExactly("201");

        // Workbooks per season; the old address answers with the current season.
        assertThat(episodesSheet("/api/seasons/2/breakdown.xlsx")).contains("201").doesNotContain("101");
        assertThat(episodesSheet("/api/season/breakdown.xlsx")).contains("101").doesNotContain("201");
        HttpResponse<byte[]> seasonTwo = sendForBytes(request("/api/seasons/2/breakdown.xlsx", ADMIN, ADMIN_PASSWORD));
        assertThat(seasonTwo.headers().firstValue("Content-Disposition").orElse(""))
                .contains("Les_Cygnes_noirs-season-2-breakdown.xlsx");
        assertError(send(request("/api/seasons/9/breakdown.xlsx", ADMIN, ADMIN_PASSWORD)), 404, "season.not-found");
        long pilotId = episode.get("id").asLong();
        HttpResponse<byte[]> workbook = sendForBytes(request("/api/episodes/" + pilotId + "/breakdown.xlsx", WRITER,
                WRITER_PASSWORD));
        assertThat(workbook.statusCode()).isEqualTo(200);
    }

    private List<String> episodesSheet(String path) throws Exception {
        HttpResponse<byte[]> response = sendForBytes(request(path, ADMIN, ADMIN_PASSWORD));
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            List<String> texts = new ArrayList<>();
            DataFormatter format = new DataFormatter();
            workbook.getSheet("Episodes").forEach(row -> texts.add(format.formatCellValue(row.getCell(0))));
            return texts;
        }
    }

    private HttpResponse<String> putJson(String body, String user, String password) throws Exception {
        return send(request("/api/series", user, password).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> postJson(String path, String body, String user, String password) throws Exception {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));
    }

    private void assertError(HttpResponse<String> response, int status, String key) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = json.readTree(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("key").asText()).isEqualTo(key);
        assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception");
    }

    private List<String> numbers(HttpResponse<String> response) throws Exception {
        List<String> numbers = new ArrayList<>();
        json.readTree(response.body()).forEach(node -> numbers.add(node.get("number").asText()));
        return numbers;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
