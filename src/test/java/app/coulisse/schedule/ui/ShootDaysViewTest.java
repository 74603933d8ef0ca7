package app.coulisse.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Units and days: each unit's time zone, set when it is added and changed in the units grid. */
class ShootDaysViewTest extends KaribuTest {

    @Autowired
    ProductionPlanService plans;
    @Autowired
    SeasonService seasonService;

    private ProductionPlan.Unit unit(String name) {
        return plans.plan(seasonService.currentSeason().getNumber()).units().stream()
                .filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ZoneId> zoneInGrid(String unitName) {
        Grid<ProductionPlan.Unit> units = _get(Grid.class, spec -> spec.withId("units"));
        int row = plans.plan(seasonService.currentSeason().getNumber()).units().indexOf(unit(unitName));
        return (ComboBox<ZoneId>) GridKt._getCellComponent(units, row, "zone");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_unit_is_added_in_paris_unless_told_otherwise_and_its_zone_is_changed_in_the_grid() {
        loginAs("production");
        UI.getCurrent().navigate("production/days");
        assertThat(unit("New York unit").timeZone()).as("the demo's units").isEqualTo(ZoneId.of("America/New_York"));
        assertThat(unit("Paris unit").timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));

        _setValue(_get(TextField.class, spec -> spec.withId("unit-name")), "Lyon unit");
        _click(_get(Button.class, spec -> spec.withId("add-unit")));
        assertThat(unit("Lyon unit").timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));

        _setValue(_get(TextField.class, spec -> spec.withId("unit-name")), "Montreal unit");
        _setValue(_get(ComboBox.class, spec -> spec.withId("unit-zone")), ZoneId.of("America/Toronto"));
        _click(_get(Button.class, spec -> spec.withId("add-unit")));
        assertThat(unit("Montreal unit").timeZone()).isEqualTo(ZoneId.of("America/Toronto"));

        _setValue(zoneInGrid("Montreal unit"), ZoneId.of("America/Montreal"));
        assertThat(unit("Montreal unit").timeZone()).isEqualTo(ZoneId.of("America/Montreal"));

        _setValue(zoneInGrid("Montreal unit"), null);
        expectNotifications("Choose the unit's time zone, e.g. Europe/Paris.");
        assertThat(unit("Montreal unit").timeZone()).isEqualTo(ZoneId.of("America/Montreal"));
    }
}
