package app.coulisse.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.season.SeasonService;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 28: the breakdown export and the production plan read one season the same way ({@code
 * OutlineService.season}): the same episodes' scenes, and none of another season's.
 */
class SeasonReadModelTest extends SpringAppTest {

    @Autowired
    BreakdownModelReader breakdown;
    @Autowired
    ProductionPlanService planService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    SeasonService seasonService;

    @Test
    void the_breakdown_and_the_production_plan_hold_the_same_scenes_of_each_season() {
        actAs("showrunner", "SHOWRUNNER");
        seasonService.addSeason(9);
        long episode = seasonService.createEpisode("901", "Elsewhere", 9).getId();
        outlineService.appendScene(episode, new SceneDraft("Act One", IntExt.INT, "ZZ STUDIO", TimeOfDay.DAY, null, 8,
                "Season nine", null, null, List.of()));
        outlineService.appendScene(episode, new SceneDraft("Act One", IntExt.EXT, "ZZ ROOF", TimeOfDay.NIGHT, null, 4,
                "Season nine again", null, null, List.of()));
        int current = seasonService.currentSeason().getNumber();

        for (int season : new int[] {current, 9}) {
            List<String> read = outlineService.season(season).scenes().stream()
                    .map(scene -> scene.getEpisode().getNumber() + "/" + scene.getNumber()).toList();
            assertThat(breakdownScenes(season)).containsExactlyElementsOf(read);
            assertThat(planScenes(season)).containsExactlyInAnyOrderElementsOf(read);
        }
        assertThat(breakdownScenes(9)).containsExactly("901/1", "901/2");
        assertThat(breakdownScenes(current)).noneMatch(scene -> scene.startsWith("901/"));
    }

    private List<String> breakdownScenes(int season) {
        return breakdown.season(season).scenes().stream()
                .map(scene -> scene.episodeNumber() + "/" + scene.number()).toList();
    }

    private List<String> planScenes(int season) {
        ProductionPlan plan = planService.plan(season);
        return Stream.of(plan.days().stream().flatMap(day -> day.strips().stream()), plan.boneyard().stream(),
                        plan.removed().stream()).flatMap(strips -> strips)
                .map(strip -> strip.episodeNumber() + "/" + strip.sceneNumber()).toList();
    }
}
