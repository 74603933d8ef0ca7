package app.coulisse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.callsheet.CallSheetContent;
import app.coulisse.callsheet.CallSheetService;
import app.coulisse.callsheet.CallSheetState;
import app.coulisse.season.SeasonService;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's locations: every demo shoot day's call sheet has its addresses and sun times, and publishes as it is. */
class DemoLocationsTest extends SpringAppTest {

    @Autowired
    CallSheetService callSheets;
    @Autowired
    SeasonService seasonService;

    @Test
    void every_demo_shoot_day_has_its_locations_with_addresses_sun_times_and_publishes_as_it_is() {
        actAs("production", "PRODUCTION");
        int season = seasonService.currentSeason().getNumber();
        List<CallSheetState> days = callSheets.seasonCallSheets(season).stream()
                .filter(state -> !state.draft().scenes().isEmpty()).toList();
        assertThat(days).hasSizeGreaterThanOrEqualTo(10);
        days.forEach(state -> {
            assertThat(state.problems()).as(state.draft().date() + " " + state.draft().unit()).isEmpty();
            assertThat(state.draft().locations()).isNotEmpty().allSatisfy(location -> {
                assertThat(location.address()).isNotBlank();
                assertThat(location.parking()).isNotBlank();
                assertThat(location.hospital()).isNotBlank();
                // Each unit's sun rises and sets where it shoots, at the unit's hours: a location on the wrong side
                // of the Atlantic would rise in the middle of the night.
                assertThat(location.sunrise()).isBetween(LocalTime.of(5, 30), LocalTime.of(8, 0));
                assertThat(location.sunset()).isBetween(LocalTime.of(18, 0), LocalTime.of(20, 30));
            });
        });
        CallSheetContent first = days.getFirst().draft();
        assertThat(callSheets.publish(season, days.getFirst().dayId()).version()).isEqualTo(1);
        assertThat(first.locations()).extracting(CallSheetContent.Location::name).doesNotContainNull();
    }
}
