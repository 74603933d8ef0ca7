package app.coulisse.season.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.outline.Act;
import app.coulisse.outline.OutlineService;
import app.coulisse.season.Company;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.ui.SeasonOverviewView;
import app.coulisse.season.SeasonService;
import app.coulisse.season.SeasonSummary;
import app.coulisse.season.SeriesSetup;
import app.coulisse.security.Role;
import app.coulisse.security.UserService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A fresh install (empty database, no demo, the deployment's showrunner) used through the screens. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:coulisse-fresh-ui;DB_CLOSE_DELAY=-1",
        "coulisse.demo-data=false", "coulisse.admin-user=headwriter", "coulisse.admin-password=a-long-secret"})
class FirstRunTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    UserService userService;

    @BeforeEach
    void aWriterIsInvited() {
        actAs("headwriter", "SHOWRUNNER");
        userService.createUser("room", "The room", Role.WRITER, "another-long-secret");
        actAsNobody();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_showrunner_sets_up_the_series_makes_episode_101_and_adds_season_2() {
        loginAs("headwriter");
        UI.getCurrent().navigate("cast");
        _assertOne(SetupView.class);
        _assertOne(H2.class, spec -> spec.withText("Set up your series"));

        _setValue(_get(TextField.class, spec -> spec.withId("setup-title")), "Les Cygnes");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-production")), "Lac Films");
        _click(_get(Button.class, spec -> spec.withId("setup-add-company")));
        _setValue(_get(TextField.class, spec -> spec.withId("setup-company-1-name")), "Ballet du Lac");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-company-1-city")), "Genève");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-company-1-venue")), "Grand Théâtre");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-company-1-colour")), "#123456");
        _click(_get(Button.class, spec -> spec.withId("setup-save")));

        _assertOne(SeasonOverviewView.class);
        _assertOne(H2.class, spec -> spec.withText("Les Cygnes — season overview"));
        Select<SeasonSummary> picker = _get(Select.class, spec -> spec.withId("season-picker"));
        assertThat(picker.getItemLabelGenerator().apply(picker.getValue())).isEqualTo("Season 1 (current)");
        assertThat(seasonService.companies()).extracting(Company::getName, Company::getCity, Company::getColour)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ballet du Lac", "Genève", "#123456"));

        _click(_get(Button.class, spec -> spec.withId("new-episode")));
        _setValue(_get(TextField.class, spec -> spec.withId("episode-number")), "101");
        _setValue(_get(TextField.class, spec -> spec.withId("episode-title-field")), "Le Lac");
        _click(_get(Button.class, spec -> spec.withId("episode-save")));
        Grid<EpisodeSummary> episodes = _get(Grid.class, spec -> spec.withId("episodes"));
        assertThat(_getFormattedRow(episodes, 0)).startsWith("101", "Le Lac");
        long pilot = seasonService.episodeSummaries(1).getFirst().id();
        assertThat(outlineService.board(pilot).acts()).extracting(Act::getName)
                .containsExactly("Teaser", "Act One", "Act Two", "Act Three", "Act Four", "Act Five", "Tag");

        _click(_get(Button.class, spec -> spec.withId("add-season")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("new-season-number")).getValue()).isEqualTo(2);
        _click(_get(Button.class, spec -> spec.withId("add-season-save")));
        expectNotifications("Season 2 added.");
        assertThat(picker.getItemLabelGenerator().apply(picker.getValue())).isEqualTo("Season 2");
        assertThat(_size(episodes)).isZero();

        _click(_get(Button.class, spec -> spec.withId("make-current-season")));
        assertThat(seasonService.currentSeason().getNumber()).isEqualTo(2);
        assertThat(picker.getItemLabelGenerator().apply(picker.getValue())).isEqualTo("Season 2 (current)");

        _setValue(picker, seasonService.seasons().getFirst());
        assertThat(_getFormattedRow(episodes, 0)).startsWith("101", "Le Lac");
    }

    @Test
    void a_season_number_that_exists_is_refused_with_a_message() {
        loginAs("headwriter");
        seasonService.setUp(setup("Les Cygnes"));
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("add-season")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("new-season-number")), 1);
        _click(_get(Button.class, spec -> spec.withId("add-season-save")));

        expectNotifications("Season 1 already exists.");
        assertThat(seasonService.seasons()).hasSize(1);
    }

    @Test
    void a_writer_before_setup_waits_for_the_showrunner_with_the_layout_and_a_logout() {
        loginAs("room");
        UI.getCurrent().navigate("");

        _assertOne(SetupPendingView.class);
        _assertOne(H2.class, spec -> spec.withText("The series is not set up yet"));
        _assertOne(Button.class, spec -> spec.withId("logout"));
        UI.getCurrent().navigate("setup");
        _assertNone(SetupView.class);
    }

    @Test
    void a_blank_or_overlong_title_is_refused_and_creates_nothing() {
        loginAs("headwriter");
        UI.getCurrent().navigate("setup");
        TextField title = _get(TextField.class, spec -> spec.withId("setup-title"));
        assertThat(title.isRequiredIndicatorVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("setup-save")));
        assertRefusedAt(title, "The series needs a title.");
        _setValue(title, "x".repeat(200));
        _click(_get(Button.class, spec -> spec.withId("setup-save")));
        assertRefusedAt(title, "The series title is too long (120 characters at most).");
        assertThat(title.getValue()).as("what was typed stays").hasSize(200);

        assertThat(seasonService.hasSeries()).isFalse();
        _assertOne(SetupView.class);
    }

    @Test
    void a_bad_colour_or_a_duplicate_company_is_refused_and_creates_nothing() {
        loginAs("headwriter");
        UI.getCurrent().navigate("setup");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-title")), "Les Cygnes");
        _click(_get(Button.class, spec -> spec.withId("setup-add-company")));
        _setValue(_get(TextField.class, spec -> spec.withId("setup-company-1-name")), "Ballet du Lac");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-company-1-city")), "Genève");
        _click(_get(Button.class, spec -> spec.withId("setup-add-company")));
        _setValue(_get(TextField.class, spec -> spec.withId("setup-company-2-name")), "Ballet de Lyon");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-company-2-city")), "Lyon");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-company-2-colour")), "blue");
        _click(_get(Button.class, spec -> spec.withId("setup-save")));
        // The second company's colour is marked, and the message names the company.
        assertRefusedAt(_get(TextField.class, spec -> spec.withId("setup-company-2-colour")),
                "The colour of Ballet de Lyon must be written like #1565C0.");
        assertThat(_get(TextField.class, spec -> spec.withId("setup-company-1-colour")).isInvalid()).isFalse();
        assertThat(_get(TextField.class, spec -> spec.withId("setup-company-2-colour")).getValue()).isEqualTo("blue");
        assertThat(seasonService.hasSeries()).isFalse();

        _setValue(_get(TextField.class, spec -> spec.withId("setup-company-2-colour")), "");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-company-2-name")), "ballet du lac");
        _click(_get(Button.class, spec -> spec.withId("setup-save")));
        assertRefusedAt(_get(TextField.class, spec -> spec.withId("setup-company-2-name")),
                "A company called ballet du lac already exists.");
        assertThat(_get(TextField.class, spec -> spec.withId("setup-company-2-colour")).isInvalid()).isFalse();
        assertThat(seasonService.hasSeries()).isFalse();
    }

    @Test
    void setup_submitted_from_a_second_tab_is_refused_and_nothing_is_duplicated() {
        loginAs("headwriter");
        UI.getCurrent().navigate("setup");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-title")), "Second tab");
        seasonService.setUp(setup("First tab"));
        _click(_get(Button.class, spec -> spec.withId("setup-save")));

        expectNotifications("The series has already been set up (perhaps in another tab). Nothing was created twice.");
        assertThat(seasonService.series().getTitle()).isEqualTo("First tab");
        assertThat(seasonService.seasons()).hasSize(1);
    }

    @Test
    void the_setup_page_speaks_french() {
        loginAs("headwriter");
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("reports");

        _assertOne(H2.class, spec -> spec.withText("Créez votre série"));
        assertThat(_get(TextField.class, spec -> spec.withId("setup-title")).getLabel()).isEqualTo("Titre de la série");
        assertThat(_get(Button.class, spec -> spec.withId("setup-save")).getText())
                .isEqualTo("Créer la série et la saison 1");
    }

    @Test
    void the_writer_in_french_reads_that_the_series_is_not_set_up() {
        loginAs("room");
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("dance-numbers");

        _assertOne(H2.class, spec -> spec.withText("La série n'est pas encore créée"));
    }

    /** The refusal is said at the field, not in a notification that leaves the field unmarked. */
    private static void assertRefusedAt(TextField field, String message) {
        assertThat(field.isInvalid()).as(field.getId().orElseThrow() + " marked").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
        expectNotifications();
    }

    @Test
    void a_refusal_at_a_field_speaks_french() {
        loginAs("headwriter");
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("setup");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-title")), "Les Cygnes");
        _click(_get(Button.class, spec -> spec.withId("setup-add-company")));
        _setValue(_get(TextField.class, spec -> spec.withId("setup-company-1-name")), "Ballet du Lac");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-company-1-city")), "Genève");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-company-1-colour")), "bleu");
        _click(_get(Button.class, spec -> spec.withId("setup-save")));

        assertRefusedAt(_get(TextField.class, spec -> spec.withId("setup-company-1-colour")),
                "La couleur de Ballet du Lac s'écrit comme #1565C0.");
    }

    private static SeriesSetup setup(String title) {
        return new SeriesSetup(title, null, List.of("en", "fr"), "en", List.of());
    }
}
