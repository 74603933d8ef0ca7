package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Suggestions over HTTP: listed with scene, kind, category, name and evidence after an import; accepted and rejected
 * by a writer; refused to the production office, and to a form's content type; a rejected one is gone from the list
 * and stays gone when the script is read again on demand.
 */
class SuggestionApiTest extends ServerTest {

    private static final String SCRIPT = """
            INT. WW STUDIO - DAY

            WILHELMINA
            Again.

            INT. WW ROOF - NIGHT

            WILHELMINA stares into the FOG. A WW ZITHER plays.
            """;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_writer_lists_accepts_and_rejects_suggestions_the_production_office_only_reads_them() throws Exception {
        long episode = createEpisode();
        HttpResponse<String> imported = send(request("/api/episodes/" + episode + "/screenplay?filename=ww.fountain",
                "writer", "etoile-room").header("Content-Type", "text/x-fountain")
                .POST(BodyPublishers.ofString(SCRIPT, StandardCharsets.UTF_8)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        HttpResponse<String> listed = send(request("/api/episodes/" + episode + "/suggestions", "production",
                "etoile-office"));

        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode suggestions = json.readTree(listed.body());
        assertThat(texts(suggestions, "kind")).containsExactly("character", "element", "element");
        assertThat(texts(suggestions, "name")).containsExactly("Wilhelmina", "Fog", "Ww zither");
        assertThat(texts(suggestions, "sceneNumber")).containsExactly("2", "2", "2");
        JsonNode fog = suggestions.get(1);
        assertThat(fog.get("category").asText()).isEqualTo("Special Effects");
        assertThat(fog.get("status").asText()).isEqualTo("pending");
        assertThat(fog.get("evidence").get("line").asText()).isEqualTo("WILHELMINA stares into the FOG. A WW ZITHER plays.");
        assertThat(fog.get("evidence").get("start").asInt()).isEqualTo(27);
        assertThat(fog.get("evidence").get("end").asInt()).isEqualTo(30);

        assertThat(post("/api/suggestions/" + fog.get("id").asLong() + "/accept", "production", "etoile-office", "{}")
                .statusCode()).isEqualTo(403);
        assertThat(send(request("/api/suggestions/" + fog.get("id").asLong() + "/accept", "writer", "etoile-room")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString("")))
                .statusCode()).isEqualTo(415);

        HttpResponse<String> accepted = post("/api/suggestions/" + fog.get("id").asLong() + "/accept", "writer",
                "etoile-room", "{}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(json.readTree(accepted.body()).get("status").asText()).isEqualTo("accepted");
        long zither = suggestions.get(2).get("id").asLong();
        HttpResponse<String> noCategory = post("/api/suggestions/" + zither + "/accept", "writer", "etoile-room", "{}");
        assertThat(noCategory.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noCategory.body()).get("key").asText()).isEqualTo("suggestion.category.required");
        assertThat(post("/api/suggestions/" + zither + "/reject", "writer", "etoile-room", "{}").statusCode())
                .isEqualTo(200);

        JsonNode scenes = json.readTree(send(request("/api/episodes/" + episode + "/scenes", "writer", "etoile-room"))
                .body());
        assertThat(texts(scenes.get(1).get("elements"), "name")).containsExactly("Fog");
        assertThat(texts(json.readTree(send(request("/api/episodes/" + episode + "/suggestions", "writer",
                "etoile-room")).body()), "name")).containsExactly("Wilhelmina");
        assertThat(texts(json.readTree(send(request("/api/episodes/" + episode + "/suggestions?status=rejected",
                "writer", "etoile-room")).body()), "name")).containsExactly("Ww zither");
        assertThat(post("/api/suggestions/999999/reject", "writer", "etoile-room", "{}").statusCode()).isEqualTo(404);

        String refresh = "/api/episodes/" + episode + "/suggestions/refresh";
        assertThat(post(refresh, "production", "etoile-office", "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> again = post(refresh, "writer", "etoile-room", "{}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonNode pending = json.readTree(again.body());
        assertThat(texts(pending, "name")).as("accepted and rejected ones are not proposed again").containsExactly(
                "Wilhelmina");
        assertThat(pending.get(0).get("id").asLong()).isEqualTo(suggestions.get(0).get("id").asLong());
    }

    private long createEpisode() throws Exception {
        HttpResponse<String> created = post("/api/episodes", "writer", "etoile-room",
                "{\"number\": \"191\", \"title\": \"Suggestions\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    private HttpResponse<String> post(String path, String user, String password, String body) throws Exception {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }
}
