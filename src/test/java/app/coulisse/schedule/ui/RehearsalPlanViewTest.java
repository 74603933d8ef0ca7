package app.coulisse.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceNumber;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.RehearsalPlan;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rehearsal plan: the demo's short number flagged, calls refused or made, the shoe count. */
class RehearsalPlanViewTest extends KaribuTest {

    @Autowired
    ProductionPlanService plans;
    @Autowired
    SeasonService seasonService;

    @Test
    @SuppressWarnings("unchecked")
    void the_demo_flags_its_short_number_and_a_call_of_13_hours_or_no_dancers_is_refused() {
        loginAs("production");
        UI.getCurrent().navigate("production/rehearsals");
        int season = seasonService.currentSeason().getNumber();
        Grid<RehearsalPlan.Balance> balances = _get(Grid.class, spec -> spec.withId("rehearsal-balances"));
        long flagged = plans.plan(season).rehearsals().balances().stream().filter(RehearsalPlan.Balance::isShort).count();
        assertThat(flagged).isEqualTo(1);
        assertThat(GridKt._size(balances)).isEqualTo(plans.plan(season).rehearsals().balances().size());
        RehearsalPlan.Balance shortOne = plans.plan(season).rehearsals().balances().stream()
                .filter(RehearsalPlan.Balance::isShort).findFirst().orElseThrow();
        String warning = GridKt._getFormattedRow(balances, plans.plan(season).rehearsals().balances().indexOf(shortOne))
                .getLast();
        assertThat(warning).as("the short number's warning, its placeholders filled")
                .isEqualTo((shortOne.minutesNeeded() - shortOne.minutesCalledBefore()) / 60 + " h short");
        int calls = plans.plan(season).calls().size();

        ComboBox<DanceNumber> number = _get(ComboBox.class, spec -> spec.withId("call-number"));
        DanceNumber first = number.getListDataView().getItem(0);
        _setValue(number, first);
        MultiSelectComboBox<StoryCharacter> dancers = _get(MultiSelectComboBox.class, spec -> spec.withId("call-dancers"));
        Set<StoryCharacter> defaults = dancers.getValue();
        assertThat(defaults).as("the number's dancers by default").isNotEmpty();
        _setValue(_get(DatePicker.class, spec -> spec.withId("call-date")), LocalDate.of(2026, 6, 1));
        _setValue(_get(NumberField.class, spec -> spec.withId("call-hours")), 13.0);
        _click(_get(Button.class, spec -> spec.withId("add-call")));
        expectNotifications("A call lasts more than 0 hours and at most 12 hours.");

        _setValue(_get(NumberField.class, spec -> spec.withId("call-hours")), 2.0);
        _setValue(dancers, Set.of());
        _click(_get(Button.class, spec -> spec.withId("add-call")));
        expectNotifications("Call at least one dancer.");
        assertThat(plans.plan(season).calls()).hasSize(calls);

        _setValue(dancers, defaults);
        _click(_get(Button.class, spec -> spec.withId("add-call")));
        assertThat(plans.plan(season).calls()).hasSize(calls + 1);
        assertThat(_get(Span.class, spec -> spec.withId("shoe-total")).getText()).startsWith("Season total: ");
    }
}
