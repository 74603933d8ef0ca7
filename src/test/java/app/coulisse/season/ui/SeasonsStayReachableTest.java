package app.coulisse.season.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.cast.CharacterSummary;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import app.coulisse.season.SeasonSummary;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The room writes Season 2 while the office still shoots Season 1 (issue 23): with Season 2 current, Season 1 stays
 * reachable on every screen that shows a season, new episodes go where the user is looking, and the pick carries
 * from one screen to the next.
 */
class SeasonsStayReachableTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;
    @Autowired
    ProductionPlanService plans;

    @BeforeEach
    void season2IsCurrent() {
        loginAs("showrunner");
        seasonService.addSeason(2);
        seasonService.makeCurrent(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_episode_goes_to_the_season_shown_and_its_dialog_names_that_season() {
        UI.getCurrent().navigate("");
        pick(1);
        _click(_get(Button.class, spec -> spec.withId("new-episode")));
        assertThat(_get(EpisodeEditor.class).getHeaderTitle()).isEqualTo("New episode in Season 1");
        _setValue(_get(TextField.class, spec -> spec.withId("episode-number")), "150");
        _setValue(_get(TextField.class, spec -> spec.withId("episode-title-field")), "Entrechat");
        _click(_get(Button.class, spec -> spec.withId("episode-save")));

        Grid<EpisodeSummary> episodes = _get(Grid.class, spec -> spec.withId("episodes"));
        assertThat(_getFormattedRow(episodes, _size(episodes) - 1)).startsWith("150", "Entrechat");
        assertThat(seasonService.episodeSummaries(1)).extracting(EpisodeSummary::number).contains("150");
        assertThat(seasonService.episodeSummaries(2)).isEmpty();

        pick(2);
        _click(_get(Button.class, spec -> spec.withId("new-episode")));
        assertThat(_get(EpisodeEditor.class).getHeaderTitle()).isEqualTo("New episode in Season 2");
    }

    @Test
    void the_new_episode_dialog_marks_its_required_fields_and_says_a_taken_number_at_the_field() {
        UI.getCurrent().navigate("");
        pick(1);
        _click(_get(Button.class, spec -> spec.withId("new-episode")));
        TextField number = _get(TextField.class, spec -> spec.withId("episode-number"));
        TextField title = _get(TextField.class, spec -> spec.withId("episode-title-field"));
        assertThat(number.isRequiredIndicatorVisible()).isTrue();
        assertThat(title.isRequiredIndicatorVisible()).isTrue();
        int before = seasonService.episodeSummaries(1).size();

        _setValue(number, "101");
        _setValue(title, "A second pilot");
        _click(_get(Button.class, spec -> spec.withId("episode-save")));

        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).isEqualTo("Episode 101 already exists.");
        expectNotifications();
        assertThat(_get(EpisodeEditor.class).isOpened()).as("the dialog stays, with what was typed").isTrue();
        assertThat(title.getValue()).isEqualTo("A second pilot");
        assertThat(seasonService.episodeSummaries(1)).hasSize(before);

        _setValue(number, "151");
        assertThat(number.isInvalid()).as("a new number clears the refusal").isFalse();
    }

    @Test
    void the_new_episode_dialog_speaks_french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("");
        pick(1);
        _click(_get(Button.class, spec -> spec.withId("new-episode")));
        assertThat(_get(EpisodeEditor.class).getHeaderTitle()).isEqualTo("Nouvel épisode dans la saison 1");
        TextField number = _get(TextField.class, spec -> spec.withId("episode-number"));
        _setValue(number, "101");
        _setValue(_get(TextField.class, spec -> spec.withId("episode-title-field")), "Un second pilote");
        _click(_get(Button.class, spec -> spec.withId("episode-save")));
        assertThat(number.getErrorMessage()).isEqualTo("L'épisode 101 existe déjà.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void season_1_picked_on_the_stripboard_carries_to_every_production_screen_the_import_and_the_overview() {
        ProductionPlan season1 = plans.plan(1);
        assertThat(season1.days()).as("the demo shoots Season 1").isNotEmpty();

        UI.getCurrent().navigate("production");
        assertThat(shown()).isEqualTo("Season 2 (current)");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("board")))).as("Season 2 has no days yet").isZero();

        pick(1);
        Grid<?> board = _get(Grid.class, spec -> spec.withId("board"));
        assertThat(shown()).isEqualTo("Season 1");
        assertThat(_getFormattedRow(board, 0).getFirst()).isEqualTo("Day 1");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("boneyard")))).isEqualTo(season1.boneyard().size());

        UI.getCurrent().navigate(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("link-days")).getHref());
        assertThat(shown()).isEqualTo("Season 1");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("days")))).isEqualTo(season1.days().size());
        assertThat(_size(_get(Grid.class, spec -> spec.withId("units")))).isEqualTo(season1.units().size());

        UI.getCurrent().navigate("production/dood");
        assertThat(shown()).isEqualTo("Season 1");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("dood")))).isEqualTo(season1.dayOutOfDays().rows().size())
                .isPositive();

        UI.getCurrent().navigate("production/rehearsals");
        assertThat(shown()).isEqualTo("Season 1");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("rehearsal-balances"))))
                .isEqualTo(season1.rehearsals().balances().size()).isPositive();

        UI.getCurrent().navigate("import");
        assertThat(shown()).isEqualTo("Season 1");
        ComboBox<EpisodeSummary> episode = _get(ComboBox.class, spec -> spec.withId("episode"));
        assertThat(episode.getListDataView().getItems().map(EpisodeSummary::number).toList())
                .isEqualTo(seasonService.episodeSummaries(1).stream().map(EpisodeSummary::number).toList())
                .contains("101");

        UI.getCurrent().navigate("");
        assertThat(shown()).isEqualTo("Season 1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_import_lists_the_episodes_of_the_season_picked_there() {
        UI.getCurrent().navigate("import");
        ComboBox<EpisodeSummary> episode = _get(ComboBox.class, spec -> spec.withId("episode"));
        assertThat(episode.getListDataView().getItems().toList()).isEmpty();

        pick(1);
        assertThat(episode.getListDataView().getItems().map(EpisodeSummary::number).toList()).contains("101", "102");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_performers_calendar_on_the_cast_page_follows_the_season_picked() {
        UI.getCurrent().navigate("");
        pick(1);
        UI.getCurrent().navigate("cast");
        Grid<CharacterSummary> characters = _get(Grid.class, spec -> spec.withId("characters"));
        // Cast ID 3 rehearses in the demo's Season 1 (its DOOD shows R days).
        CharacterSummary rehearsing = IntStream.range(0, _size(characters)).mapToObj(row -> GridKt._get(characters, row))
                .filter(character -> character.castId() == 3).findFirst().orElseThrow();
        characters.asSingleSelect().setValue(rehearsing);

        String calendar = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("download-calendar"))),
                StandardCharsets.UTF_8);
        assertThat(calendar).contains("BEGIN:VEVENT");
    }

    @SuppressWarnings("unchecked")
    private static Select<SeasonSummary> picker() {
        return _get(Select.class, spec -> spec.withId("season-picker"));
    }

    private static String shown() {
        Select<SeasonSummary> picker = picker();
        return picker.getItemLabelGenerator().apply(picker.getValue());
    }

    private static void pick(int number) {
        Select<SeasonSummary> picker = picker();
        List<SeasonSummary> seasons = picker.getListDataView().getItems().toList();
        _setValue(picker, seasons.stream().filter(season -> season.number() == number).findFirst().orElseThrow());
    }
}
