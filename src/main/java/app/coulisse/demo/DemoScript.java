package app.coulisse.demo;

import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The pilot's words, so the demo's script reader, highlights and sides have a script to show: each scene's body
 * pasted as a writer pastes it into the scene editor (the heading stays the scene's). Kept as data in
 * {@code demo/pilot.fountain}: one section per scene in the board's order, parted by Fountain's page break
 * ({@code ===}). Written before any revision starts, so no line carries a revision mark.
 */
@Component
class DemoScript {

    static final String PILOT = "demo/pilot.fountain";

    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final ScriptTextService scriptText;

    DemoScript(SeasonService seasonService, OutlineService outlineService, ScriptTextService scriptText) {
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.scriptText = scriptText;
    }

    void write() {
        long pilot = seasonService.episodeSummaries().stream().filter(episode -> episode.number().equals(DemoSeason.PILOT_NUMBER))
                .mapToLong(EpisodeSummary::id).findFirst().orElseThrow();
        List<Scene> scenes = outlineService.scenes(pilot);
        List<String> bodies = sections();
        if (bodies.size() != scenes.size()) {
            throw new IllegalStateException(PILOT + " has " + bodies.size() + " scenes, the pilot " + scenes.size());
        }
        for (int i = 0; i < scenes.size(); i++) {
            scriptText.pasteFountain(scenes.get(i).getId(), bodies.get(i));
        }
    }

    /** The scene bodies of the pilot, in order. */
    static List<String> sections() {
        try (InputStream in = DemoScript.class.getClassLoader().getResourceAsStream(PILOT)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + PILOT);
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("(?m)^===$"))
                    .map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
