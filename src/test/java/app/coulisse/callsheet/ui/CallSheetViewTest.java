package app.coulisse.callsheet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.callsheet.CallSheetContent;
import app.coulisse.callsheet.CallSheetService;
import app.coulisse.schedule.DayType;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.StripboardService;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A 1st AD's day on the call sheet screen: adjust calls, publish, see it go out of date, publish a revision. */
class CallSheetViewTest extends KaribuTest {

    @Autowired
    CallSheetService callSheets;
    @Autowired
    ProductionPlanService plans;
    @Autowired
    StripboardService stripboard;
    @Autowired
    SeasonService seasonService;

    int season;
    ProductionPlan.BoardDay day;

    @BeforeEach
    void aDemoDayItsLocationsAddressedByTheDemo() {
        loginAs("production");
        season = seasonService.currentSeason().getNumber();
        day = plans.plan(season).days().stream().filter(d -> d.type() == DayType.SHOOT && d.strips().size() > 1)
                .findFirst().orElseThrow();
        UI.getCurrent().navigate(CallSheetView.class, day.id());
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withId("call-sheet-status")).getText();
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_office_adjusts_two_call_times_publishes_and_a_moved_scene_marks_it_out_of_date_until_revised() {
        assertThat(status()).isEqualTo("Not published yet");
        Grid<CallSheetContent.CastLine> cast = _get(Grid.class, spec -> spec.withId("call-sheet-cast"));
        CallSheetContent.CastLine first = GridKt._get(cast, 0);
        _setValue(_get(ComboBox.class, spec -> spec.withId("cast-performer")), first);
        _setValue(_get(TimePicker.class, spec -> spec.withId("cast-pick-up")), LocalTime.of(5, 15));
        _setValue(_get(TimePicker.class, spec -> spec.withId("cast-make-up")), LocalTime.of(5, 45));
        _click(_get(Button.class, spec -> spec.withId("save-cast-times")));
        assertThat(GridKt._getFormatted(cast, 0, "pick-up")).isEqualTo("05:15");
        assertThat(GridKt._getFormatted(cast, 0, "make-up")).isEqualTo("05:45");

        _click(_get(Button.class, spec -> spec.withId("publish-call-sheet")));
        expectNotifications("Saved.", "Version 1 published.");
        assertThat(status()).startsWith("Version 1 published by production");

        stripboard.moveToBoneyard(List.of(plans.plan(season).days().stream().filter(d -> d.id() == day.id())
                .findFirst().orElseThrow().strips().getLast().ref()));
        UI.getCurrent().navigate(CallSheetView.class, day.id());
        assertThat(status()).startsWith("Out of date: changed since version 1");
        _click(_get(Button.class, spec -> spec.withId("publish-call-sheet")));
        assertThat(status()).startsWith("Version 2 published");
    }

    @Test
    void a_crew_call_after_the_shooting_call_is_refused_at_the_field() {
        TimePicker crewCall = _get(TimePicker.class, spec -> spec.withId("crew-call"));
        _setValue(crewCall, LocalTime.of(9, 0));
        _click(_get(Button.class, spec -> spec.withId("save-calls")));
        assertThat(crewCall.isInvalid()).isTrue();
        assertThat(crewCall.getErrorMessage()).isEqualTo("The crew call (09:00) is after the shooting call (08:00).");
        assertThat(callSheets.callSheet(season, day.id()).draft().crewCall()).isEqualTo(LocalTime.of(7, 0));
    }

    @Test
    void a_location_without_an_address_is_refused_at_the_field() {
        UI.getCurrent().navigate(ShootingLocationsView.class);
        _click(_get(Button.class, spec -> spec.withId("add-location")));
        _setValue(_get(TextField.class, spec -> spec.withId("location-name")), "Palais Garnier");
        TextField address = _get(TextField.class, spec -> spec.withId("location-address"));
        _setValue(address, "4 place de l'Opéra");
        _setValue(address, "");
        assertThat(_get(Button.class, spec -> spec.withId("save-location")).isEnabled()).isFalse();
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).isEqualTo(
                "Give the location's address: the crew needs it on the call sheet.");
    }

    @Test
    void a_writer_cannot_open_the_call_sheets() {
        loginAs("writer");
        UI.getCurrent().navigate(CallSheetView.class, day.id());
        _assertNone(CallSheetView.class);
    }
}
