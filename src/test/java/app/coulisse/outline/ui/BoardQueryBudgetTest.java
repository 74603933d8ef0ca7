package app.coulisse.outline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.StoryCity;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Opening a board costs the same number of SQL statements with 20 scenes as with 200. */
class BoardQueryBudgetTest extends KaribuTest {

    /**
     * Episode, series, acts, scenes with act and set, their storylines, the series' storylines, the set catalog…
     * (10), then one read per extension of the wave 2 features: revision marks, the current revision, open question
     * counts, the open questions list (16), and on the one-liner the character, dance number and element indexes
     * of its filters (18), the count of pending suggestions (19, record 051), the highlights to check on the cards
     * and in the header (21, record 050), the header's "Suggestions (n)" list of the episode's pending ones (22,
     * record 051). What matters is that it does not grow with the episode.
     */
    private static final long BUDGET = 22;

    @Autowired
    OutlineService outlineService;

    @Autowired
    SeasonService seasonService;

    @Autowired
    EntityManager entityManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void opening_the_board_and_the_one_liner_runs_a_bounded_number_of_statements_at_20_and_200_scenes() {
        loginAs("writer");
        long small = episodeWith("180", 20);
        long large = episodeWith("181", 200);

        long boardSmall = statementsToOpen("episodes/" + small + "/board", 20);
        long boardLarge = statementsToOpen("episodes/" + large + "/board", 200);
        long oneLinerSmall = statementsToOpen("episodes/" + small + "/one-liner", 0);
        long oneLinerLarge = statementsToOpen("episodes/" + large + "/one-liner", 0);

        assertThat(boardLarge).isEqualTo(boardSmall).isLessThanOrEqualTo(BUDGET);
        assertThat(oneLinerLarge).isEqualTo(oneLinerSmall).isLessThanOrEqualTo(BUDGET);
    }

    private long statementsToOpen(String route, int expectedCards) {
        entityManager.flush();
        entityManager.clear();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            UI.getCurrent().navigate(route);
            if (expectedCards > 0) {
                assertThat(_find(Span.class, spec -> spec.withClasses("scene-number"))).hasSize(expectedCards);
            }
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private long episodeWith(String number, int scenes) {
        Episode episode = seasonService.createEpisode(number, "Budget " + number);
        outlineService.createDefaultActs(episode.getId());
        List<String> acts = OutlineService.DEFAULT_ACTS;
        for (int i = 0; i < scenes; i++) {
            outlineService.appendScene(episode.getId(), new SceneDraft(acts.get(i % acts.size()), IntExt.INT,
                    "SET " + (i % 12), i % 2 == 0 ? TimeOfDay.DAY : TimeOfDay.NIGHT, 1 + i / 10, 1 + i % 9,
                    "Scene " + i, StoryCity.PARIS, null, List.of("A", "B", "C").subList(0, i % 3 + 1)));
        }
        return episode.getId();
    }
}
