package app.coulisse.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.dance.DanceNumber;
import app.coulisse.schedule.DayOutOfDays;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One date format and one number format per language on the production screens: dates shown day first in both
 * languages, date pickers that show that format and read an ISO date too, and hours read in either decimal
 * separator, never ten times too many.
 */
class ProductionFormatsTest extends KaribuTest {

    private static final LocalDate SEPTEMBER_10 = LocalDate.of(2026, 9, 10);

    @Autowired
    ProductionPlanService plans;
    @Autowired
    SeasonService seasonService;

    private ProductionPlan plan() {
        return plans.plan(seasonService.currentSeason().getNumber());
    }

    private void open(String user, Locale language, String route) {
        loginAs(user);
        UI.getCurrent().setLocale(language);
        UI.getCurrent().navigate(route);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    /** Calls a rehearsal of the first number on 10 September with the hours typed as given. */
    @SuppressWarnings("unchecked")
    private static void callRehearsal(String hoursTyped) {
        ComboBox<DanceNumber> number = _get(ComboBox.class, spec -> spec.withId("call-number"));
        _setValue(number, number.getListDataView().getItem(0));
        _setValue(_get(DatePicker.class, spec -> spec.withId("call-date")), SEPTEMBER_10);
        _setValue(_get(TextField.class, spec -> spec.withId("call-hours")), hoursTyped);
        _click(_get(Button.class, spec -> spec.withId("add-call")));
    }

    private List<Integer> minutesCalledOnSeptember10() {
        return plan().calls().stream().filter(c -> c.date().equals(SEPTEMBER_10)).map(ProductionPlan.Call::minutes)
                .toList();
    }

    private static String cell(String gridId, int row, String columnKey) {
        Grid<Object> grid = grid(gridId);
        return GridKt._getFormattedRow(grid, row).get(grid.getColumns().indexOf(grid.getColumnByKey(columnKey)));
    }

    @Test
    void in_english_a_date_is_day_first_the_picker_reads_iso_and_3_5_or_3_comma_5_is_three_and_a_half_hours() {
        open("production", Locale.ENGLISH, "production/rehearsals");
        ProductionPlan.Call first = plan().calls().getFirst();
        assertThat(cell("rehearsal-calls", 0, "date")).isEqualTo(first.date().format(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("call-date"));
        assertThat(date.getI18n().getDateFormats()).containsExactly("dd/MM/yyyy", "yyyy-MM-dd");
        assertThat(date.getI18n().getBadInputErrorMessage())
                .isEqualTo("Type the date as 10/09/2026 (day/month/year) or 2026-09-10.");
        assertThat(date.getI18n().getMonthNames().get(8)).isEqualTo("September");

        callRehearsal("3.5");
        callRehearsal("3,5");
        assertThat(minutesCalledOnSeptember10()).containsExactly(210, 210);
        assertThat(cell("rehearsal-calls", plan().calls().size() - 1, "hours")).isEqualTo("3.5");
    }

    @Test
    void in_french_a_date_is_day_first_and_3_comma_5_is_three_and_a_half_hours_written_3_comma_5() {
        open("production", Locale.FRENCH, "production/rehearsals");
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("call-date"));
        assertThat(date.getI18n().getDateFormats()).containsExactly("dd/MM/yyyy", "yyyy-MM-dd");
        assertThat(date.getI18n().getBadInputErrorMessage())
                .isEqualTo("Écrivez la date sous la forme 10/09/2026 (jour/mois/année) ou 2026-09-10.");
        assertThat(date.getI18n().getMonthNames().get(8)).isEqualTo("septembre");

        callRehearsal("3,5");
        assertThat(minutesCalledOnSeptember10()).containsExactly(210);
        int row = plan().calls().indexOf(plan().calls().stream().filter(c -> c.date().equals(SEPTEMBER_10))
                .findFirst().orElseThrow());
        assertThat(cell("rehearsal-calls", row, "date")).isEqualTo("10/09/2026");
        assertThat(cell("rehearsal-calls", row, "hours")).isEqualTo("3,5");
    }

    @Test
    void hours_that_are_no_number_of_hours_are_refused_at_the_field_and_nothing_is_called() {
        open("production", Locale.FRENCH, "production/rehearsals");
        int calls = plan().calls().size();
        callRehearsal("3,5,0");
        TextField hours = _get(TextField.class, spec -> spec.withId("call-hours"));
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo(
                "« 3,5,0 » n'est pas un nombre d'heures : écrivez par exemple 7,5 ou 7.5 (deux décimales au plus).");
        callRehearsal("1,234");
        assertThat(hours.isInvalid()).as("a thousands separator is no decimal").isTrue();
        assertThat(plan().calls()).hasSize(calls);
        _setValue(hours, "2");
        assertThat(hours.isInvalid()).isFalse();
    }

    @Test
    void the_other_production_screens_write_dates_the_same_way() {
        open("production", Locale.FRENCH, "production/days");
        ProductionPlan.BoardDay firstDay = plan().days().getFirst();
        assertThat(cell("days", 0, "date")).isEqualTo(firstDay.date().format(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("day-date")).getI18n().getDateFormats())
                .containsExactly("dd/MM/yyyy", "yyyy-MM-dd");

        open("production", Locale.ENGLISH, "production/dood");
        DayOutOfDays dood = plan().dayOutOfDays();
        Grid<Object> grid = grid("dood");
        LocalDate firstDate = dood.dates().getFirst();
        assertThat(grid.getColumnByKey(firstDate.toString()).getHeaderText()).isEqualTo(firstDate.format(
                java.time.format.DateTimeFormatter.ofPattern("EEE dd/MM", Locale.UK)));
        DayOutOfDays.Row worker = dood.rows().stream().filter(r -> r.totals().start() != null).findFirst().orElseThrow();
        assertThat(cell("dood", dood.rows().indexOf(worker), "start")).isEqualTo(worker.totals().start().format(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
}
