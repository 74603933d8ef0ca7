package app.coulisse.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceNumber;
import app.coulisse.cast.CastService;
import app.coulisse.schedule.DayOutOfDays;
import app.coulisse.schedule.ProductionPlan;
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
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rehearsal plan: the demo's short number flagged, calls refused or made, fittings and their warnings, shoes. */
class RehearsalPlanViewTest extends KaribuTest {

    @Autowired
    ProductionPlanService plans;
    @Autowired
    SeasonService seasonService;
    @Autowired
    CastService castService;

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
        _setValue(_get(TextField.class, spec -> spec.withId("call-hours")), "13");
        _click(_get(Button.class, spec -> spec.withId("add-call")));
        expectNotifications("A call lasts more than 0 hours and at most 12 hours.");

        _setValue(_get(TextField.class, spec -> spec.withId("call-hours")), "2");
        _setValue(dancers, Set.of());
        _click(_get(Button.class, spec -> spec.withId("add-call")));
        expectNotifications("Call at least one dancer.");
        assertThat(plans.plan(season).calls()).hasSize(calls);

        _setValue(dancers, defaults);
        _click(_get(Button.class, spec -> spec.withId("add-call")));
        assertThat(plans.plan(season).calls()).hasSize(calls + 1);
        assertThat(_get(Span.class, spec -> spec.withId("shoe-total")).getText()).startsWith("Season total: ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_fitting_keeps_its_length_note_and_unit_and_is_flagged_on_a_shoot_day_and_over_a_rehearsal() {
        loginAs("production");
        UI.getCurrent().navigate("production/rehearsals");
        int season = seasonService.currentSeason().getNumber();
        ProductionPlan plan = plans.plan(season);
        DayOutOfDays.Row worker = plan.dayOutOfDays().rows().stream().filter(r -> r.totals().start() != null)
                .findFirst().orElseThrow();
        LocalDate shootDay = worker.totals().start();
        StoryCharacter performer = castService.characters().stream().filter(c -> c.getCastId() == worker.castId())
                .findFirst().orElseThrow();
        ProductionPlan.Unit newYork = plan.units().getLast();

        _setValue(_get(ComboBox.class, spec -> spec.withId("fitting-character")), performer);
        _setValue(_get(ComboBox.class, spec -> spec.withId("fitting-unit")), newYork);
        _setValue(_get(DatePicker.class, spec -> spec.withId("fitting-date")), shootDay);
        _setValue(_get(TimePicker.class, spec -> spec.withId("fitting-start")), LocalTime.of(18, 30));
        _setValue(_get(TextField.class, spec -> spec.withId("fitting-hours")), "1,5");
        _setValue(_get(TextField.class, spec -> spec.withId("fitting-note")), "Second tutu");
        _click(_get(Button.class, spec -> spec.withId("add-fitting")));

        ProductionPlan.Fitting made = plans.plan(season).fittings().stream().filter(f -> f.date().equals(shootDay))
                .findFirst().orElseThrow();
        assertThat(made.minutes()).isEqualTo(90);
        assertThat(made.note()).isEqualTo("Second tutu");
        assertThat(made.unitName()).isEqualTo(newYork.name());
        assertThat(made.timeZone()).isEqualTo(newYork.timeZone());
        String date = shootDay.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("rehearsal-warnings")).getChildren()
                .map(item -> ((ListItem) item).getText()))
                .contains(performer.castLabel() + " is called to a fitting on " + date + ", a day they shoot.");

        ProductionPlan.Call rehearsal = plans.plan(season).calls().getFirst();
        StoryCharacter dancer = castService.characters().stream()
                .filter(c -> c.getCastId() == rehearsal.castIds().getFirst()).findFirst().orElseThrow();
        _setValue(_get(ComboBox.class, spec -> spec.withId("fitting-character")), dancer);
        _setValue(_get(DatePicker.class, spec -> spec.withId("fitting-date")), rehearsal.date());
        _setValue(_get(TimePicker.class, spec -> spec.withId("fitting-start")), rehearsal.start().plusMinutes(30));
        _click(_get(Button.class, spec -> spec.withId("add-fitting")));
        assertThat(plans.plan(season).rehearsals().warnings()).extracting(RehearsalPlan.Warning::rule,
                        RehearsalPlan.Warning::castId, RehearsalPlan.Warning::date)
                .contains(org.assertj.core.groups.Tuple.tuple(RehearsalPlan.Rule.FITTING_OVERLAP, dancer.getCastId(),
                        rehearsal.date()));
    }

    @Test
    void a_fitting_of_13_hours_or_with_hours_that_are_no_number_is_refused_and_nothing_is_called() {
        loginAs("production");
        UI.getCurrent().navigate("production/rehearsals");
        int season = seasonService.currentSeason().getNumber();
        int fittings = plans.plan(season).fittings().size();
        _setValue(_get(ComboBox.class, spec -> spec.withId("fitting-character")), castService.characters().getFirst());
        _setValue(_get(DatePicker.class, spec -> spec.withId("fitting-date")), LocalDate.of(2026, 6, 1));
        _setValue(_get(TextField.class, spec -> spec.withId("fitting-hours")), "13");
        _click(_get(Button.class, spec -> spec.withId("add-fitting")));
        expectNotifications("A call lasts more than 0 hours and at most 12 hours.");
        _setValue(_get(TextField.class, spec -> spec.withId("fitting-hours")), "1h30");
        _click(_get(Button.class, spec -> spec.withId("add-fitting")));
        assertThat(_get(TextField.class, spec -> spec.withId("fitting-hours")).isInvalid()).isTrue();
        assertThat(plans.plan(season).fittings()).hasSize(fittings);
    }
}
