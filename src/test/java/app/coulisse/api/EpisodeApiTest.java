package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.screenplay.TestFiles;
import app.coulisse.security.Role;
import app.coulisse.security.SystemAuthentication;
import app.coulisse.security.UserService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The episodes API over real HTTP with Basic auth, as a production office script would call it. */
class EpisodeApiTest extends ServerTest {

    private static final String WRITER = "writer";
    private static final String WRITER_PASSWORD = "etoile-room";
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    UserService userService;

    @Test
    void anyone_logged_in_lists_the_episodes() throws Exception {
        HttpResponse<String> response = send(request("/api/episodes", "production", "etoile-office"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode pilot = find(json.readTree(response.body()), "101");
        assertThat(pilot.get("title").asText()).isEqualTo("Pas de deux");
        assertThat(pilot.get("status").asText()).isEqualTo("OUTLINE");
        assertThat(pilot.get("scenes").asInt()).isPositive();
        assertThat(pilot.get("id").asLong()).isPositive();
    }

    @Test
    void a_writer_creates_an_episode() throws Exception {
        HttpResponse<String> response = createEpisode("170", "Pointe");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode created = json.readTree(response.body());
        assertThat(created.get("number").asText()).isEqualTo("170");
        assertThat(created.get("title").asText()).isEqualTo("Pointe");
        assertThat(created.get("scenes").asInt()).isZero();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/episodes/" + created.get("id").asLong());
        assertThat(find(json.readTree(send(request("/api/episodes", WRITER, WRITER_PASSWORD)).body()), "170")).isNotNull();
    }

    @Test
    void a_taken_episode_number_is_a_400_with_its_message() throws Exception {
        HttpResponse<String> response = createEpisode("101", "Again");

        assertError(response, 400, "episode.number.taken", "Episode 101 already exists.");
    }

    @Test
    void production_may_not_create_an_episode() throws Exception {
        HttpResponse<String> response = send(request("/api/episodes", "production", "etoile-office")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"number\": \"171\", \"title\": \"Nope\"}")));

        assertError(response, 403, "error.access-denied", "Your role does not allow this.");
    }

    @Test
    void a_fountain_file_is_imported_and_the_answer_says_what_was_created() throws Exception {
        long episode = episodeId(createEpisode("172", "Le Grand Échange"));

        HttpResponse<String> response = postScreenplay(episode, "?filename=etoile-101.fountain", "text/x-fountain",
                TestFiles.bytes("etoile-101.fountain"), WRITER, WRITER_PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = json.readTree(response.body());
        assertThat(result.get("mode").asText()).isEqualTo("APPEND");
        assertThat(result.get("scenesCreated").asInt()).isEqualTo(13);
        // A new episode is unlocked: the numbers follow the order, the file's 10A, 11, 12 become 11, 12, 13.
        assertThat(texts(result.get("scenes"), "number")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9",
                "10", "11", "12", "13");
        assertThat(texts(result.get("scenes"), "fileNumber")).contains("10A");
        assertThat(castIds(result.get("charactersMatched"))).contains("JACK MCMILLAN=1", "GENEVIÈVE=2", "CHEYENNE=3",
                "TOBIAS=4", "GAEL=5");
        assertThat(result.get("charactersMatched").size() + result.get("charactersCreated").size()).isEqualTo(7);
        assertThat(result.get("charactersMatched").get(0).get("isNew").asBoolean()).isFalse();
        assertThat(result.get("scenes").get(3).get("cast").get(1).get("onScreen").asBoolean()).isFalse();
        JsonNode warning = result.get("warnings").get(0);
        assertThat(warning.get("key").asText()).isEqualTo("screenplay.import.warning.int-ext-missing");
        assertThat(warning.get("message").asText()).isEqualTo("“MONTAGE - BOTH COMPANIES REHEARSE” does not say INT or EXT: INT was assumed.");
        assertThat(find(json.readTree(send(request("/api/episodes", WRITER, WRITER_PASSWORD)).body()), "172")
                .get("scenes").asInt()).isEqualTo(13);
    }

    @Test
    void an_fdx_file_without_a_name_is_recognised_and_replace_swaps_the_scenes() throws Exception {
        long episode = episodeId(createEpisode("173", "Twice"));
        postScreenplay(episode, "", "application/octet-stream", TestFiles.bytes("etoile-101.fountain"), WRITER, WRITER_PASSWORD);

        HttpResponse<String> response = postScreenplay(episode, "?mode=replace", "application/xml",
                TestFiles.bytes("etoile-101.fdx"), "showrunner", "etoile-lead");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = json.readTree(response.body());
        assertThat(result.get("mode").asText()).isEqualTo("REPLACE");
        assertThat(result.get("scenesDeleted").asInt()).isEqualTo(13);
        assertThat(result.get("scenesCreated").asInt()).isEqualTo(13);
        assertThat(result.get("charactersCreated")).isEmpty();
        assertThat(find(json.readTree(send(request("/api/episodes", WRITER, WRITER_PASSWORD)).body()), "173")
                .get("scenes").asInt()).isEqualTo(13);
    }

    @Test
    void appending_twice_puts_the_second_copy_at_the_end_of_its_acts_and_renumbers_by_order() throws Exception {
        long episode = episodeId(createEpisode("174", "Twice appended"));
        byte[] fountain = TestFiles.bytes("etoile-101.fountain");
        postScreenplay(episode, "?filename=a.fountain", "text/x-fountain", fountain, WRITER, WRITER_PASSWORD);

        JsonNode second = json.readTree(postScreenplay(episode, "?filename=a.fountain", "text/x-fountain", fountain,
                WRITER, WRITER_PASSWORD).body());

        // Each act gets the second copy's scenes at its end: the teaser is 1, 2 then the copies 3, 4; act one is 5–9
        // then the copies 10–14; act two is 15–20 then the copies 21–26.
        assertThat(texts(second.get("scenes"), "number")).containsExactly("3", "4", "10", "11", "12", "13", "14",
                "21", "22", "23", "24", "25", "26");
    }

    @Test
    void the_file_name_may_come_from_content_disposition() throws Exception {
        long episode = episodeId(createEpisode("175", "Disposition"));

        HttpResponse<String> response = send(request("/api/episodes/" + episode + "/screenplay", WRITER, WRITER_PASSWORD)
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"etoile-101.fdx\"")
                .POST(BodyPublishers.ofByteArray(TestFiles.bytes("etoile-101.fdx"))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("scenesCreated").asInt()).isEqualTo(13);
    }

    @Test
    void without_credentials_the_import_is_401() throws Exception {
        HttpResponse<String> response = send(request("/api/episodes/1/screenplay")
                .header("Content-Type", "text/plain").POST(BodyPublishers.ofString("INT. A - DAY")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void production_posting_a_screenplay_is_403_and_nothing_changes() throws Exception {
        long pilot = find(json.readTree(send(request("/api/episodes", WRITER, WRITER_PASSWORD)).body()), "101").get("id").asLong();
        int scenesBefore = find(json.readTree(send(request("/api/episodes", WRITER, WRITER_PASSWORD)).body()), "101").get("scenes").asInt();

        HttpResponse<String> response = postScreenplay(pilot, "?mode=replace", "text/x-fountain",
                TestFiles.bytes("etoile-101.fountain"), "production", "etoile-office");

        assertError(response, 403, "error.access-denied", "Your role does not allow this.");
        assertThat(find(json.readTree(send(request("/api/episodes", WRITER, WRITER_PASSWORD)).body()), "101")
                .get("scenes").asInt()).isEqualTo(scenesBefore);
    }

    @Test
    void a_deactivated_user_is_403() throws Exception {
        SystemAuthentication.asShowrunner(() -> userService.setActive(
                userService.createUser("retired.writer", "Retired Writer", Role.WRITER, "old-drafts-9").getId(), false));

        HttpResponse<String> response = send(request("/api/episodes", "retired.writer", "old-drafts-9"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).get("message").asText()).isEqualTo("User is deactivated");
    }

    @Test
    void an_unknown_episode_is_a_404_in_json() throws Exception {
        HttpResponse<String> response = postScreenplay(987_654L, "?filename=a.fountain", "text/x-fountain",
                TestFiles.bytes("etoile-101.fountain"), WRITER, WRITER_PASSWORD);

        assertError(response, 404, "episode.not-found", "This episode no longer exists.");
    }

    @Test
    void a_broken_file_is_a_400_with_the_reason_and_nothing_changes() throws Exception {
        long episode = episodeId(createEpisode("176", "Broken"));

        HttpResponse<String> response = postScreenplay(episode, "?filename=broken.fdx", "application/xml",
                TestFiles.bytes("broken.fdx"), WRITER, WRITER_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(response.body());
        assertThat(error.get("key").asText()).isEqualTo("screenplay.error.xml-broken");
        assertThat(error.get("message").asText()).startsWith("The Final Draft file is damaged: its XML breaks at line ");
        assertThat(find(json.readTree(send(request("/api/episodes", WRITER, WRITER_PASSWORD)).body()), "176")
                .get("scenes").asInt()).isZero();
    }

    @Test
    void a_file_over_five_megabytes_is_a_413() throws Exception {
        long episode = episodeId(createEpisode("177", "Huge"));
        byte[] huge = new byte[ScreenplayImportService.MAX_FILE_BYTES + 1024];
        java.util.Arrays.fill(huge, (byte) 'a');

        HttpResponse<String> response = postScreenplay(episode, "?filename=huge.fountain", "text/x-fountain", huge,
                WRITER, WRITER_PASSWORD);

        assertError(response, 413, "screenplay.import.too-large",
                "The file is over 5 MB, far more than any screenplay. Check that this is the right file.");
    }

    @Test
    void an_unknown_mode_a_form_body_and_a_bad_id_are_refused_in_json() throws Exception {
        long episode = episodeId(createEpisode("178", "Modes"));

        assertError(postScreenplay(episode, "?mode=merge", "text/x-fountain", TestFiles.bytes("etoile-101.fountain"),
                WRITER, WRITER_PASSWORD), 400, "api.mode.invalid", "Unknown import mode “merge”: use append or replace.");
        assertError(postScreenplay(episode, "", "application/x-www-form-urlencoded", TestFiles.bytes("etoile-101.fountain"),
                WRITER, WRITER_PASSWORD), 415, "api.media-type.unsupported", "Content type application/x-www-form-urlencoded "
                + "is not accepted: send the file as text/x-fountain, application/octet-stream or application/xml.");
        assertError(send(request("/api/episodes/abc/screenplay", WRITER, WRITER_PASSWORD)
                .header("Content-Type", "text/x-fountain").POST(BodyPublishers.ofString("INT. A - DAY"))),
                400, "api.parameter.invalid", "The value “abc” is not valid for id.");
    }

    @Test
    void a_wrong_method_is_a_405_in_json() throws Exception {
        assertError(send(request("/api/episodes", WRITER, WRITER_PASSWORD).DELETE()), 405, "api.method.not-allowed",
                "This API address does not accept DELETE.");
    }

    private HttpResponse<String> createEpisode(String number, String title) throws Exception {
        return send(request("/api/episodes", WRITER, WRITER_PASSWORD)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"number\": \"" + number + "\", \"title\": \"" + title + "\"}")));
    }

    private HttpResponse<String> postScreenplay(long episodeId, String query, String contentType, byte[] file,
                                                String user, String password) throws Exception {
        return send(request("/api/episodes/" + episodeId + "/screenplay" + query, user, password)
                .header("Content-Type", contentType)
                .POST(BodyPublishers.ofByteArray(file)));
    }

    private long episodeId(HttpResponse<String> created) throws Exception {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    private void assertError(HttpResponse<String> response, int status, String key, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode error = json.readTree(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("key").asText()).isEqualTo(key);
        assertThat(error.get("message").asText()).isEqualTo(message);
    }

    private static JsonNode find(JsonNode episodes, String number) {
        for (JsonNode episode : episodes) {
            if (episode.get("number").asText().equals(number)) {
                return episode;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }

    private static List<String> castIds(JsonNode characters) {
        List<String> ids = new ArrayList<>();
        characters.forEach(node -> ids.add(node.get("fileName").asText() + "=" + node.get("castId").asInt()));
        return ids;
    }
}
