package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import app.coulisse.outline.OutlineService;
import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Role;
import app.coulisse.security.SystemAuthentication;
import app.coulisse.security.UserService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A scene's script text over HTTP: elements with stable ids, revised ones flagged, for any logged-in user only. */
class ScriptApiTest extends ServerTest {

    private static final String WHITE = """
            INT. API STUDIO - DAY

            NINA ties a <script>alert(1)</script> ribbon.

            NINA (O.S.)
            Ready?
            """;

    private static final String BLUE = """
            INT. API STUDIO - DAY

            NINA ties a <script>alert(1)</script> ribbon.

            NINA (O.S.)
            Ready now?
            """;

    /** The server's database outlives each test: every test takes an episode number of its own. */
    private static final AtomicInteger EPISODE_NUMBERS = new AtomicInteger(8101);

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    ScreenplayImportService importService;
    @Autowired
    UserService userService;

    private long episode;
    private long scene;

    @BeforeEach
    void anImportedScene() {
        SystemAuthentication.asShowrunner(() -> {
            String number = String.valueOf(EPISODE_NUMBERS.getAndIncrement());
            episode = seasonService.createEpisode(number, "API text").getId();
            importService.commit(episode, "white.fountain", WHITE.getBytes(StandardCharsets.UTF_8), ImportMode.APPEND,
                    Set.of());
            scene = outlineService.scenes(episode).getFirst().getId();
            return null;
        });
    }

    @Test
    void production_reads_the_elements_of_a_scene_as_stored_with_their_ids() throws Exception {
        HttpResponse<String> response = send(request(path(episode, scene), "production", "etoile-office"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode script = json.readTree(response.body());
        assertThat(script.get("number").asText()).isEqualTo("1");
        assertThat(texts(script)).containsExactly("INT. API STUDIO - DAY",
                "NINA ties a <script>alert(1)</script> ribbon.", "NINA (O.S.)", "Ready?");
        JsonNode cue = script.get("elements").get(2);
        assertThat(cue.get("type").asText()).isEqualTo("CHARACTER");
        assertThat(cue.get("extension").asText()).isEqualTo("(O.S.)");
        assertThat(cue.get("id").asLong()).isPositive();
        assertThat(script.get("tags").isArray()).isTrue();
        assertThat(script.get("revision").isNull()).isTrue();
    }

    @Test
    void after_a_revision_only_the_changed_element_is_flagged_and_the_ids_stay() throws Exception {
        JsonNode before = json.readTree(send(request(path(episode, scene), "writer", "etoile-room")).body());
        SystemAuthentication.asShowrunner(() -> importService.revise(episode, "blue.fountain",
                BLUE.getBytes(StandardCharsets.UTF_8), false));

        JsonNode after = json.readTree(send(request(path(episode, scene), "writer", "etoile-room")).body());

        assertThat(after.get("revision").asText()).isEqualTo("Blue");
        List<Boolean> revised = new ArrayList<>();
        after.get("elements").forEach(element -> revised.add(element.get("revised").asBoolean()));
        assertThat(revised).containsExactly(false, false, false, true);
        assertThat(after.get("elements").get(3).get("id")).isEqualTo(before.get("elements").get(3).get("id"));
    }

    @Test
    void without_credentials_it_is_401_and_a_deactivated_user_is_403() throws Exception {
        assertThat(send(request(path(episode, scene))).statusCode()).isEqualTo(401);
        SystemAuthentication.asShowrunner(() -> userService.setActive(
                userService.createUser("gone." + episode, "Gone Writer", Role.WRITER, "old-drafts-9").getId(), false));

        assertThat(send(request(path(episode, scene), "gone." + episode, "old-drafts-9")).statusCode()).isEqualTo(403);
    }

    @Test
    void a_scene_of_another_episode_is_a_404() throws Exception {
        HttpResponse<String> response = send(request(path(episode + 1_000_000, scene), "writer", "etoile-room"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("key").asText()).isEqualTo("scene.not-found");
    }

    private static String path(long episodeId, long sceneId) {
        return "/api/episodes/" + episodeId + "/scenes/" + sceneId + "/script";
    }

    private static List<String> texts(JsonNode script) {
        List<String> texts = new ArrayList<>();
        script.get("elements").forEach(element -> texts.add(element.get("text").asText()));
        return texts;
    }
}
