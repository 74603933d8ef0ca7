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
 * The revise mode over HTTP: {@code dryRun=true} answers what would change and changes nothing, the commit puts the
 * episode on Blue, and {@code GET scenes} and {@code GET revisions} show it; a bad file changes nothing.
 */
class RevisionApiTest extends ServerTest {

    private static final String WRITER = "writer";
    private static final String PASSWORD = "etoile-room";

    private static final String WHITE = """
            INT. YY STUDIO - DAY #1#

            ZEPHYRA
            One more time.

            EXT. YY ROOF - NIGHT #2#

            BARTHOLO
            The city sleeps.

            INT. YY DRESSING ROOM - NIGHT #3#

            ZEPHYRA
            Where are my shoes?
            """;

    private static final String REVISED = WHITE.replace("Where are my shoes?", "Where are my ribbons?")
            + "\nINT. YY TAXI - NIGHT\n\nZEPHYRA\nHome.\n";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_dry_run_answers_the_preview_and_changes_nothing_then_the_revise_puts_the_episode_on_blue() throws Exception {
        long episode = createEpisode("185");
        assertThat(post(episode, "", WHITE).statusCode()).isEqualTo(200);
        String scenesBefore = get("/api/episodes/" + episode + "/scenes").body();

        HttpResponse<String> dryRun = post(episode, "&mode=revise&dryRun=true", REVISED);

        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        JsonNode preview = json.readTree(dryRun.body()).get("revision");
        assertThat(preview.get("dryRun").asBoolean()).isTrue();
        assertThat(preview.get("revision").asText()).isEqualTo("Blue");
        assertThat(texts(preview.get("unchanged"), "number")).containsExactly("1", "2");
        assertThat(texts(preview.get("unchanged"), "matchedBy")).containsExactly("HEADING", "HEADING");
        assertThat(texts(preview.get("changed"), "number")).containsExactly("3");
        assertThat(texts(preview.get("added"), "number")).containsExactly("4");
        assertThat(preview.get("omitted").size()).isZero();
        assertThat(preview.has("texts")).as("the dry run's texts stay on the server").isFalse();
        assertThat(json.readTree(dryRun.body()).get("wouldFlag").isArray()).isTrue();
        assertThat(get("/api/episodes/" + episode + "/scenes").body()).isEqualTo(scenesBefore);
        JsonNode original = json.readTree(get("/api/episodes/" + episode + "/revisions").body());
        assertThat(original.get(0).get("colour").asText()).isEqualTo("White");

        HttpResponse<String> revised = post(episode, "&mode=revise", REVISED);

        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(json.readTree(revised.body()).get("revision").get("dryRun").asBoolean()).isFalse();
        JsonNode scenes = json.readTree(get("/api/episodes/" + episode + "/scenes").body());
        assertThat(texts(scenes, "number")).containsExactly("1", "2", "3", "4");
        assertThat(texts(scenes, "revision")).containsExactly("null", "null", "Blue", "Blue");
        assertThat(scenes.get(2).get("revisionColour").asText()).isEqualTo("#C6EDFE");
        assertThat(scenes.get(0).get("cast").get(0).get("mark").asText()).isEqualTo("S");
        assertThat(scenes.get(0).get("intExt").asText()).isEqualTo("INT");
        assertThat(scenes.get(0).get("set").asText()).isEqualTo("YY STUDIO");
        JsonNode revisions = json.readTree(get("/api/episodes/" + episode + "/revisions").body());
        assertThat(texts(revisions, "colour")).containsExactly("Blue");
        assertThat(revisions.get(0).get("current").asBoolean()).isTrue();
    }

    @Test
    void duplicate_scene_numbers_are_a_translated_400_and_nothing_changes() throws Exception {
        long episode = createEpisode("186");
        post(episode, "", WHITE);
        String scenesBefore = get("/api/episodes/" + episode + "/scenes").body();

        HttpResponse<String> refused = post(episode, "&mode=revise", WHITE.replace("#3#", "#2#"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = json.readTree(refused.body());
        assertThat(error.get("key").asText()).isEqualTo("screenplay.revise.duplicate-numbers");
        assertThat(error.get("message").asText()).startsWith("The file numbers several scenes 2");
        assertThat(get("/api/episodes/" + episode + "/scenes").body()).isEqualTo(scenesBefore);
    }

    private long createEpisode(String number) throws Exception {
        HttpResponse<String> created = send(request("/api/episodes", WRITER, PASSWORD)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"number\": \"" + number + "\", \"title\": \"Revisions\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    private HttpResponse<String> post(long episode, String query, String fountain) throws Exception {
        return send(request("/api/episodes/" + episode + "/screenplay?filename=revision.fountain" + query, WRITER, PASSWORD)
                .header("Content-Type", "text/x-fountain")
                .POST(BodyPublishers.ofString(fountain, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(request(path, WRITER, PASSWORD));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }
}
