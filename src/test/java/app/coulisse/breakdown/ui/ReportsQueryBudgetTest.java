package app.coulisse.breakdown.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Reports screen costs the same SQL statements for an episode of 20 scenes as for one of 200 (and a bounded few). */
class ReportsQueryBudgetTest extends KaribuTest {

    /**
     * The episode's read model: episode, scenes with act and set, storylines, cast, dances, elements, catalogs (12),
     * the revision marks, the current revision and the category names for seeded names (15), and the episode
     * header items the screen refreshes with the episode (18), who wears which element (19), the header's count of
     * highlights to check (20, record 050), its "Suggestions (n)" list of pending ones (21, record 051). What matters
     * is that it does not grow.
     */
    private static final long EPISODE_BUDGET = 21;

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    CastService castService;
    @Autowired
    BreakdownService breakdownService;
    @Autowired
    EntityManager entityManager;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    @SuppressWarnings("unchecked")
    void choosing_an_episode_of_20_or_of_200_scenes_runs_the_same_bounded_number_of_statements() {
        loginAs("writer");
        List<StoryCharacter> cast = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            cast.add(castService.createCharacter(new NewCharacter("Budget dancer " + i, 2000 + i, null, null, true, null)));
        }
        long element = breakdownService.createElement(breakdownService.categories().get(3).getId(), "Budget fan").getId();
        long small = episodeWith("187", 20, cast, element);
        long large = episodeWith("188", 200, cast, element);

        long opening = statements(() -> UI.getCurrent().navigate("reports"));
        Select<EpisodeSummary> episode = _get(Select.class, spec -> spec.withId("report-episode"));
        long smallRun = statements(() -> _setValue(episode, summary(episode, small)));
        assertThat(_get(Grid.class, spec -> spec.withId("cast-by-scene")).getColumns()).hasSize(20 + 3);
        long largeRun = statements(() -> _setValue(episode, summary(episode, large)));
        Grid<?> castByScene = _get(Grid.class, spec -> spec.withId("cast-by-scene"));
        assertThat(castByScene.getColumns()).hasSize(200 + 3);
        assertThat(_size(castByScene)).isEqualTo(30);

        assertThat(largeRun).isEqualTo(smallRun).isLessThanOrEqualTo(EPISODE_BUDGET);
        // The season's read model (cast by episode), the first episode's, the layout and the episode header items
        // (40), with the revision marks, the current revision and the open questions of wave 2 (46), who wears which
        // element in the season and in the episode (48), the header's count of highlights to check (49, record 050),
        // its list of pending suggestions (50, record 051).
        assertThat(opening).isLessThanOrEqualTo(50);
    }

    private long statements(Runnable action) {
        entityManager.flush();
        entityManager.clear();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            action.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private static EpisodeSummary summary(Select<EpisodeSummary> select, long episodeId) {
        return select.getListDataView().getItems().filter(e -> e.id() == episodeId).findFirst().orElseThrow();
    }

    private long episodeWith(String number, int scenes, List<StoryCharacter> cast, long elementId) {
        long episodeId = seasonService.createEpisode(number, "Budget " + number).getId();
        for (int i = 0; i < scenes; i++) {
            Scene scene = outlineService.appendScene(episodeId, new SceneDraft("Act One", IntExt.INT, "BUDGET SET " + (i % 5),
                    i % 2 == 0 ? TimeOfDay.DAY : TimeOfDay.NIGHT, 1, 3, "Scene " + i, null, null, List.of()));
            for (int c = 0; c < 3; c++) {
                castService.tag(scene.getId(), cast.get((i * 3 + c) % cast.size()).getId(), c == 0, c == 2);
            }
            breakdownService.tagElement(scene.getId(), elementId, 1 + i % 4, null);
        }
        return episodeId;
    }
}
