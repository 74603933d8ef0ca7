package app.coulisse.season.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.season.EpisodeStatus;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EpisodeManagementTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;

    @Test
    @SuppressWarnings("unchecked")
    void a_writer_edits_and_reorders_episodes() {
        loginAs("writer");
        UI.getCurrent().navigate("");
        Grid<EpisodeSummary> grid = _get(Grid.class, spec -> spec.withId("episodes"));
        _click(action(grid, "101", "edit"));
        _setValue(_get(TextField.class, spec -> spec.withId("episode-title-field")), "Pas de deux (revised)");
        _setValue(_get(Select.class, spec -> spec.withId("episode-status")), EpisodeStatus.BEAT_SHEET);
        _setValue(_get(IntegerField.class, spec -> spec.withId("episode-target-pages")), 0);
        assertThat(_get(Button.class, spec -> spec.withId("episode-save")).isEnabled()).isFalse();
        _setValue(_get(IntegerField.class, spec -> spec.withId("episode-target-pages")), 55);
        _click(_get(Button.class, spec -> spec.withId("episode-save")));

        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("101", "Pas de deux (revised)", "Beat sheet");

        _click(action(grid, "101", "down"));
        assertThat(GridKt._getFormattedRow(grid, 0).get(0)).isEqualTo("102");
        assertThat(GridKt._getFormattedRow(grid, 1).get(0)).isEqualTo("101");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_showrunner_deletes_an_episode_after_a_confirmation_that_counts_its_scenes() {
        loginAs("showrunner");
        UI.getCurrent().navigate("");
        EpisodeSummary pilot = seasonService.episodeSummaries().stream().filter(e -> e.number().equals("101")).findFirst().orElseThrow();
        long scenes = seasonService.sceneCount(pilot.id());
        Grid<EpisodeSummary> grid = _get(Grid.class, spec -> spec.withId("episodes"));
        _click(action(grid, "101", "delete"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-delete-episode"));
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("\"Pas de deux\" and its " + scenes + " scenes (with their tags) will be deleted for good.");
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        assertThat(GridKt._getFormattedRow(grid, 0).get(0)).isEqualTo("102");
        assertThat(seasonService.episodeSummaries()).extracting(EpisodeSummary::number).doesNotContain("101");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_writer_cannot_delete_and_production_cannot_change_episodes() {
        loginAs("writer");
        UI.getCurrent().navigate("");
        Grid<EpisodeSummary> grid = _get(Grid.class, spec -> spec.withId("episodes"));
        assertThat(action(grid, "101", "edit")).isNotNull();
        _assertNone((Component) GridKt._getCellComponent(grid, 0, "actions"), Button.class,
                spec -> spec.withId("episode-101-delete"));

        loginAs("production");
        UI.getCurrent().navigate("");
        grid = _get(Grid.class, spec -> spec.withId("episodes"));
        assertThat(grid.getColumnByKey("actions")).isNull();
        _assertNone(Button.class, spec -> spec.withId("new-episode"));
    }

    /** The action button of an episode's row (component columns render per row). */
    private static Button action(Grid<EpisodeSummary> grid, String number, String action) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).number().equals(number)) {
                Component actions = GridKt._getCellComponent(grid, row, "actions");
                return _get(actions, Button.class, spec -> spec.withId("episode-" + number + "-" + action));
            }
        }
        throw new AssertionError("no episode " + number);
    }
}
