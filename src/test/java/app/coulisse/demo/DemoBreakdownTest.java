package app.coulisse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoBreakdownTest extends SpringAppTest {

    @Autowired
    SeasonService seasonService;

    @Autowired
    OutlineService outlineService;

    @Autowired
    CastService castService;

    @Autowired
    DanceService danceService;

    @Autowired
    BreakdownService breakdownService;

    @Test
    void the_demo_has_both_companies_dancers_and_the_veil_dance_for_23() {
        actAs("production", "PRODUCTION");
        assertThat(castService.characters()).hasSizeGreaterThanOrEqualTo(12)
                .extracting(c -> c.getName()).contains("Élodie Marchand", "Marisol Vega");
        assertThat(danceService.summaries()).hasSizeGreaterThanOrEqualTo(5);
        DanceNumber veil = danceService.danceNumber(danceService.summaries().stream()
                .filter(n -> n.title().equals("The Veil")).findFirst().orElseThrow().id());
        assertThat(veil.getCostumeNotes()).contains("tulle veils", "30 pairs of pointe shoes per dancing cast member");
        assertThat(veil.getPrincipalDancers().size() + veil.getEnsembleSize()).isEqualTo(23);
    }

    @Test
    void every_demo_scene_is_tagged_and_dance_scenes_hold_a_number() {
        actAs("production", "PRODUCTION");
        for (EpisodeSummary episode : seasonService.episodeSummaries()) {
            var numbersByScene = danceService.danceNumbersByScene(episode.id());
            var castByScene = castService.castIdsByScene(episode.id());
            for (Scene scene : outlineService.scenes(episode.id())) {
                assertThat(breakdownService.sceneElements(scene.getId())).as("elements of " + scene.getNumber()).isNotEmpty();
                assertThat(castByScene.get(scene.getId())).as("cast of " + scene.getNumber()).isNotEmpty();
                boolean dancing = castService.sceneCast(scene.getId()).stream().anyMatch(a -> a.dancing());
                if (dancing) {
                    assertThat(numbersByScene.get(scene.getId())).as("numbers of " + scene.getNumber()).isNotEmpty();
                }
            }
        }
    }
}
