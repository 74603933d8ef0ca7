package app.coulisse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.cast.CastService;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.screenplay.ElementType;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo pilot has its words: every scene's text under its own heading, unmarked by any revision, and a script
 * that agrees with the breakdown, as a 1st AD would check it: whoever has a cue in a scene is tagged speaking there.
 */
class DemoScriptTest extends SpringAppTest {

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    ScriptTextService scriptText;
    @Autowired
    CastService castService;

    @Test
    void every_pilot_scene_has_its_text_under_its_own_heading_and_no_revision_mark() {
        actAs("production", "PRODUCTION");
        List<Scene> scenes = outlineService.scenes(pilot());

        assertThat(DemoScript.sections()).hasSameSizeAs(scenes);
        for (Scene scene : scenes) {
            List<StoredElement> text = scriptText.sceneText(scene.getId());
            assertThat(text).as("scene " + scene.getNumber()).hasSizeGreaterThan(1);
            assertThat(text.getFirst().type()).isEqualTo(ElementType.HEADING);
            assertThat(text.getFirst().text()).isEqualTo(scene.heading());
            assertThat(text).extracting(StoredElement::revisionId).containsOnlyNulls();
        }
    }

    @Test
    void whoever_speaks_in_a_scene_is_tagged_speaking_in_it() {
        actAs("production", "PRODUCTION");
        for (Scene scene : outlineService.scenes(pilot())) {
            List<String> speaking = castService.sceneCast(scene.getId()).stream().filter(SceneAppearance::speaking)
                    .map(SceneAppearance::name).toList();
            List<String> cues = scriptText.sceneText(scene.getId()).stream()
                    .filter(element -> element.type() == ElementType.CHARACTER).map(StoredElement::speaker).toList();
            for (String cue : cues) {
                assertThat(speaking).as("scene " + scene.getNumber() + ", cue " + cue)
                        .anyMatch(name -> name.toUpperCase(Locale.ROOT).split(" ")[0].equals(cue));
            }
        }
    }

    private long pilot() {
        return seasonService.episodeSummaries().stream().filter(episode -> episode.number().equals(DemoSeason.PILOT_NUMBER))
                .mapToLong(EpisodeSummary::id).findFirst().orElseThrow();
    }
}
