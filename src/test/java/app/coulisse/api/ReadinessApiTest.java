package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Readiness per season and dancers out over HTTP, as the office's scripts use them; roles and bad input. */
class ReadinessApiTest extends ServerTest {

    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> markOut(String user, String password, String body) throws Exception {
        return send(request("/api/dancers-out", user, password).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));
    }

    @Test
    void readiness_lists_each_number_on_each_shoot_day_with_translated_reasons() throws Exception {
        HttpResponse<String> response = send(request("/api/seasons/1/readiness", "writer", "etoile-room")
                .header("Accept-Language", "fr"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode days = json.readTree(response.body());
        assertThat(days.isArray()).isTrue();
        assertThat(days).isNotEmpty();
        JsonNode noGo = null;
        for (JsonNode day : days) {
            assertThat(day.get("go").asBoolean()).isEqualTo(day.get("reasons").isEmpty());
            if (!day.get("go").asBoolean() && noGo == null) {
                noGo = day;
            }
        }
        assertThat(noGo).as("the demo has a number that is no go on its first shoot day").isNotNull();
        JsonNode reason = noGo.get("reasons").get(0);
        assertThat(reason.get("key").asText()).isNotBlank();
        assertThat(reason.get("message").asText()).doesNotStartWith("!");
        assertThat(send(request("/api/seasons/77/readiness", "writer", "etoile-room")).statusCode()).isEqualTo(404);
    }

    @Test
    void the_office_marks_a_dancer_out_and_a_writer_may_not() throws Exception {
        String body = "{\"castId\": 1, \"from\": \"2040-05-04\", \"to\": \"2040-05-10\", \"reason\": \"away\"}";
        assertThat(markOut("writer", "etoile-room", body).statusCode()).isEqualTo(403);
        HttpResponse<String> created = markOut("production", "etoile-office", body);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode out = json.readTree(created.body());
        assertThat(out.get("castId").asInt()).isEqualTo(1);
        assertThat(out.get("to").asText()).isEqualTo("2040-05-10");
        assertThat(send(request("/api/dancers-out", "writer", "etoile-room")).body()).contains("2040-05-04");
    }

    @Test
    void a_range_ending_before_it_starts_or_an_unknown_cast_id_is_refused_and_nothing_is_saved() throws Exception {
        HttpResponse<String> reversed = markOut("production", "etoile-office",
                "{\"castId\": 1, \"from\": \"2041-05-10\", \"to\": \"2041-05-04\"}");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(reversed.body()).get("key").asText()).isEqualTo("dance.out.range-reversed");
        assertThat(markOut("production", "etoile-office",
                "{\"castId\": 9999, \"from\": \"2041-05-04\", \"to\": \"2041-05-10\"}").statusCode()).isEqualTo(404);
        assertThat(send(request("/api/dancers-out", "writer", "etoile-room")).body()).doesNotContain("2041-05");
    }
}
