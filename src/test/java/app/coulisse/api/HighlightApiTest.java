package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.highlight.HighlightService;
import app.coulisse.highlight.Selection;
import app.coulisse.highlight.TagTarget;
import app.coulisse.outline.OutlineService;
import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import app.coulisse.season.SeasonService;
import app.coulisse.security.SystemAuthentication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The script endpoint gives each tag anchored on the text with its element, range, words and what it tags. */
class HighlightApiTest extends ServerTest {

    private static final String SCENE = """
            INT. API BARRE - DAY

            NINA ties her pointe shoes.
            """;

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    ScreenplayImportService importService;
    @Autowired
    ScriptTextService scriptText;
    @Autowired
    HighlightService highlights;
    @Autowired
    BreakdownService breakdownService;

    @Test
    void the_script_of_a_scene_carries_its_anchored_tags_with_their_ranges() throws Exception {
        long[] ids = SystemAuthentication.asShowrunner(() -> {
            long episode = seasonService.createEpisode("8201", "API highlights").getId();
            importService.commit(episode, "scene.fountain", SCENE.getBytes(StandardCharsets.UTF_8), ImportMode.APPEND,
                    Set.of());
            long scene = outlineService.scenes(episode).getFirst().getId();
            StoredElement action = scriptText.sceneText(scene).stream()
                    .filter(element -> element.text().contains("pointe")).findFirst().orElseThrow();
            int start = action.text().indexOf("pointe shoes");
            long wardrobe = breakdownService.categories().stream().filter(c -> "Wardrobe".equals(c.getName()))
                    .findFirst().orElseThrow().getId();
            highlights.highlight(scene, new Selection(scene, action.id(), start, scene, action.id(), start + 12),
                    new TagTarget.Element(null, wardrobe, "API pointe shoes", 1, null));
            return new long[] {episode, scene, action.id(), start};
        });

        HttpResponse<String> response = send(request("/api/episodes/" + ids[0] + "/scenes/" + ids[1] + "/script",
                "production", "etoile-office"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode tag = json.readTree(response.body()).get("tags").get(0);
        assertThat(tag.get("elementId").asLong()).isEqualTo(ids[2]);
        assertThat(tag.get("start").asInt()).isEqualTo((int) ids[3]);
        assertThat(tag.get("end").asInt()).isEqualTo((int) ids[3] + 12);
        assertThat(tag.get("words").asText()).isEqualTo("pointe shoes");
        assertThat(tag.get("kind").asText()).isEqualTo("ELEMENT");
        assertThat(tag.get("name").asText()).isEqualTo("API pointe shoes");
        assertThat(tag.get("needsCheck").asBoolean()).isFalse();
    }
}
