package app.coulisse.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.season.SeasonService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A performer's calendar file gives each call's time as the instant it is where its unit is, so a Paris 13:00 call
 * shows at 7:00 in a New York calendar (UTC times, which every calendar app reads in its own zone).
 */
class PerformerCalendarTest extends SpringAppTest {

    private static final LocalDate WINTER = LocalDate.of(2027, 1, 12);
    private static final LocalDate SUMMER = LocalDate.of(2027, 6, 15);

    @Autowired
    ProductionExportService export;
    @Autowired
    RehearsalService rehearsals;
    @Autowired
    ShootDayService shootDays;
    @Autowired
    CastService castService;
    @Autowired
    SeasonService seasonService;
    @Autowired
    ProductionPlanService plans;

    int season;
    StoryCharacter performer;

    @BeforeEach
    void asTheOffice() {
        actAs("production", "PRODUCTION");
        season = seasonService.currentSeason().getNumber();
        performer = castService.characters().getFirst();
    }

    private ShootUnit unit(String name) {
        return shootDays.units(season).stream().filter(u -> u.getName().equals(name)).findFirst().orElseThrow();
    }

    private String fittingAtOnePm(Long unitId, LocalDate date) {
        rehearsals.addFittingCall(season, performer.getId(), unitId, date, LocalTime.of(13, 0), 60, null);
        return export.calendar(season, performer.getCastId());
    }

    @Test
    void a_paris_call_at_1_pm_is_noon_utc_in_winter_and_11_utc_in_summer() {
        long paris = unit("Paris unit").getId();
        assertThat(unit("Paris unit").getTimeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(fittingAtOnePm(paris, WINTER)).contains("DTSTART:20270112T120000Z", "DTEND:20270112T130000Z");
        assertThat(fittingAtOnePm(paris, SUMMER)).contains("DTSTART:20270615T110000Z");
    }

    @Test
    void a_new_york_call_is_at_new_york_time_and_a_call_naming_no_unit_is_at_the_first_unit() {
        assertThat(fittingAtOnePm(unit("New York unit").getId(), WINTER)).contains("DTSTART:20270112T180000Z");
        assertThat(fittingAtOnePm(null, SUMMER)).contains("DTSTART:20270615T110000Z");
    }

    @Test
    void changing_a_units_zone_keeps_its_calls_wall_clock_in_the_new_zone() {
        ShootUnit paris = unit("Paris unit");
        fittingAtOnePm(paris.getId(), WINTER);
        shootDays.changeTimeZone(paris.getId(), ZoneId.of("America/New_York"));
        assertThat(export.calendar(season, performer.getCastId())).contains("DTSTART:20270112T180000Z")
                .doesNotContain("DTSTART:20270112T120000Z");
    }

    @Test
    void rehearsal_calls_carry_their_units_zone_too() {
        ProductionPlan.Call call = plans.plan(season).calls().getFirst();
        String calendar = export.calendar(season, call.castIds().getFirst());
        String utc = call.date().atTime(call.start()).atZone(ZoneId.of("Europe/Paris"))
                .withZoneSameInstant(ZoneId.of("UTC")).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertThat(calendar).as("a demo rehearsal in the Paris studios").contains("DTSTART:" + utc);
        assertThat(calendar).doesNotContain("TZID=").doesNotContainPattern("DTSTART:\\d{8}T\\d{6}\\r?\\n");
    }
}
