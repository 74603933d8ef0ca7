package app.coulisse.season.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.season.EpisodeSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

class SeasonOverviewViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void the_writer_lands_on_the_season_with_the_demo_episodes() {
        loginAs("writer");
        UI.getCurrent().navigate("");

        Grid<EpisodeSummary> episodes = _get(Grid.class, spec -> spec.withId("episodes"));
        assertThat(_size(episodes)).isGreaterThanOrEqualTo(2);
        // Columns: number, title, status, scenes, pages.
        assertThat(_getFormattedRow(episodes, 0)).startsWith("101", "Pas de deux", "Outline");
        assertThat(Integer.parseInt(_getFormattedRow(episodes, 0).get(3))).isGreaterThan(0);
    }
}
