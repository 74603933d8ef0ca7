package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import app.coulisse.schedule.UssSchema;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The season's schedule as a USS file over HTTP, as a call-sheet app fetches it, and who may fetch it. */
class UssExportApiTest extends ServerTest {

    private static final String PATH = "/api/seasons/1/schedule.uss.json";

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void the_office_and_the_showrunner_download_a_file_the_schema_accepts() throws Exception {
        HttpResponse<String> response = send(request(PATH, "production", "etoile-office"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("season-1-schedule.uss"));
        assertThat(UssSchema.problems(response.body())).isEmpty();
        JsonNode root = json.readTree(response.body()).get("universalScheduleStandard");
        assertThat(root.get("stripboards")).hasSize(2);
        assertThat(root.get("breakdowns").size()).isPositive();

        assertThat(send(request(PATH, "showrunner", "etoile-lead")).statusCode()).isEqualTo(200);
    }

    @Test
    void a_writer_is_refused_and_an_unknown_season_is_not_found() throws Exception {
        HttpResponse<String> writer = send(request(PATH, "writer", "etoile-room"));
        assertThat(writer.statusCode()).isEqualTo(403);
        assertThat(writer.body()).contains("\"status\"").doesNotContain("Exception");
        assertThat(send(request(PATH)).statusCode()).isEqualTo(401);
        assertThat(send(request("/api/seasons/77/schedule.uss.json", "production", "etoile-office")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_schema_refuses_a_file_that_breaks_the_standard() throws Exception {
        String body = send(request(PATH, "production", "etoile-office")).body();

        assertThat(problems(body, root -> ((ObjectNode) root.get("categories").get(0)).remove("ucid")))
                .anyMatch(p -> p.contains("ucid"));
        assertThat(problems(body, root -> ((ObjectNode) root.get("categories").get(0)).put("ucid", 300)))
                .as("a reserved UCID").isNotEmpty();
        assertThat(problems(body, root -> ((ObjectNode) root.get("breakdowns").get(0)).put("pages", 0.3)))
                .as("pages not in eighths").isNotEmpty();
        assertThat(problems(body, root -> ((ObjectNode) root.get("breakdowns").get(0)).put("coulisseNote", "x")))
                .as("a custom key without the underscore").isNotEmpty();
        assertThat(problems(body, root -> ((ObjectNode) root.get("calendars").get(0).get("events").get(0))
                .put("date", "2026-09-10"))).as("a date that is not the standard's ISO form").isNotEmpty();
        assertThat(problems(body, root -> ((ArrayNode) root.get("calendars").get(0).get("daysOff")).add(7)))
                .as("a weekday past Saturday").isNotEmpty();
        assertThat(problems(body, root -> ((ObjectNode) root).remove("author"))).as("a key left out").isNotEmpty();
        assertThat(problems(body, root -> ((ObjectNode) root.get("breakdowns").get(0)).put("_coulisseNote", "x")))
                .as("an underscore key is the standard's extension").isEmpty();
    }

    private java.util.List<String> problems(String body, java.util.function.Consumer<JsonNode> change) {
        JsonNode document = json.readTree(body);
        change.accept(document.get("universalScheduleStandard"));
        return UssSchema.problems(json.writeValueAsString(document));
    }
}
