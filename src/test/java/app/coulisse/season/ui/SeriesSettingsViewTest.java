package app.coulisse.season.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.season.Company;
import app.coulisse.season.PaperSize;
import app.coulisse.season.SeasonService;
import app.coulisse.season.Series;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The showrunner's series settings on the demo series: the series itself and its dance companies. */
class SeriesSettingsViewTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;

    @BeforeEach
    void openTheSettingsFromTheOverview() {
        loginAs("showrunner");
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("series-settings")));
    }

    @Test
    void the_showrunner_renames_the_series_and_its_production() {
        _setValue(_get(TextField.class, spec -> spec.withId("settings-title")), "Étoile — Saison 2");
        _setValue(_get(TextField.class, spec -> spec.withId("settings-production")), "Coulisse Productions");
        _click(_get(Button.class, spec -> spec.withId("settings-save-series")));

        expectNotifications("Saved.");
        assertThat(seasonService.series().getTitle()).isEqualTo("Étoile — Saison 2");
        assertThat(seasonService.series().getProduction()).isEqualTo("Coulisse Productions");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_paper_defaults_to_letter_for_an_english_first_crew_and_the_showrunner_picks_a4() {
        Select<PaperSize> paper = _get(Select.class, spec -> spec.withId("settings-paper-size"));
        assertThat(paper.getValue()).isEqualTo(PaperSize.LETTER);
        _setValue(paper, PaperSize.A4);
        _click(_get(Button.class, spec -> spec.withId("settings-save-series")));

        expectNotifications("Saved.");
        assertThat(seasonService.series().getPaperSize()).isEqualTo(PaperSize.A4);
    }

    @Test
    void a_blank_title_or_a_stale_form_changes_nothing() {
        TextField title = _get(TextField.class, spec -> spec.withId("settings-title"));
        _setValue(title, " ");
        _click(_get(Button.class, spec -> spec.withId("settings-save-series")));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("The series needs a title.");
        expectNotifications();

        // Someone else saves the series meanwhile: this form's version is stale.
        Series other = seasonService.series();
        other.setTitle("Changed elsewhere");
        seasonService.updateSeries(other);
        _setValue(_get(TextField.class, spec -> spec.withId("settings-title")), "Mine");
        _click(_get(Button.class, spec -> spec.withId("settings-save-series")));
        expectNotifications("Someone else changed the series settings meanwhile. Nothing was overwritten; reopen the dialog to see their version.");
        assertThat(seasonService.series().getTitle()).isEqualTo("Changed elsewhere");
    }

    @Test
    void companies_are_added_reordered_and_a_bad_one_is_refused() {
        addCompany("Ballet de Lyon", "Lyon", "blue");
        TextField colour = _get(TextField.class, spec -> spec.withId("settings-new-company-colour"));
        assertThat(colour.isInvalid()).isTrue();
        assertThat(colour.getErrorMessage()).isEqualTo("The colour of Ballet de Lyon must be written like #1565C0.");
        addCompany("le ballet national", "Paris", "");
        TextField name = _get(TextField.class, spec -> spec.withId("settings-new-company-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A company called le ballet national already exists.");
        assertThat(colour.isInvalid()).isFalse();
        expectNotifications();
        addCompany("Ballet de Lyon", "Lyon", "#6a1b9a");

        assertThat(seasonService.companies()).extracting(Company::getName).containsExactly(
                "Metropolitan Ballet Theater", "Le Ballet National", "Ballet de Lyon");
        assertThat(seasonService.companies().get(2).getColour()).isEqualTo("#6A1B9A");
        _click(action("Ballet de Lyon", "up"));
        assertThat(seasonService.companies()).extracting(Company::getName).containsExactly(
                "Metropolitan Ballet Theater", "Ballet de Lyon", "Le Ballet National");
    }

    @Test
    void a_company_with_characters_cannot_be_removed_an_unused_one_can() {
        _click(action("Metropolitan Ballet Theater", "remove"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-remove-company")));
        expectNotifications("Metropolitan Ballet Theater cannot be removed: 7 character(s) belong to it. Move them to another company first.");
        assertThat(seasonService.companies()).hasSize(2);

        addCompany("Ballet de Lyon", "Lyon", "");
        _click(action("Ballet de Lyon", "remove"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-remove-company")));
        assertThat(seasonService.companies()).extracting(Company::getName).doesNotContain("Ballet de Lyon");
    }

    @Test
    void a_writer_cannot_open_the_settings() {
        loginAs("writer");
        UI.getCurrent().navigate("settings");
        _assertNone(SeriesSettingsView.class);
        UI.getCurrent().navigate("");
        _assertNone(Button.class, spec -> spec.withId("series-settings"));
    }

    @SuppressWarnings("unchecked")
    private static Button action(String company, String action) {
        Grid<Company> grid = _get(Grid.class, spec -> spec.withId("settings-companies"));
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).getName().equals(company)) {
                Component actions = GridKt._getCellComponent(grid, row, "actions");
                String id = "company-" + GridKt._get(grid, row).getPosition() + "-" + action;
                return _get(actions, Button.class, spec -> spec.withId(id));
            }
        }
        throw new AssertionError("no company " + company);
    }

    private void addCompany(String name, String city, String colour) {
        _setValue(_get(TextField.class, spec -> spec.withId("settings-new-company-name")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("settings-new-company-city")), city);
        _setValue(_get(TextField.class, spec -> spec.withId("settings-new-company-colour")), colour);
        _click(_get(Button.class, spec -> spec.withId("settings-add-company")));
    }
}
