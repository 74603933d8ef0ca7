package app.coulisse.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceService;
import app.coulisse.season.SeasonService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Units, days, the board's moves and rehearsal calls through the services, as the production office. */
class ShootScheduleServiceTest extends SpringAppTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Autowired
    ShootDayService shootDays;
    @Autowired
    StripboardService stripboard;
    @Autowired
    RehearsalService rehearsals;
    @Autowired
    ProductionPlanService plans;
    @Autowired
    SeasonService seasonService;
    @Autowired
    DanceService danceService;
    @Autowired
    CastService castService;

    int season;
    ShootUnit unit;

    @BeforeEach
    void aUnit() {
        actAs("production", "PRODUCTION");
        season = seasonService.currentSeason().getNumber();
        unit = shootDays.addUnit(season, "Second unit", "#FFAB91", "fr", ShootUnit.DEFAULT_TIME_ZONE,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    private ProductionPlan.BoardDay dayOf(LocalDate date) {
        return plans.plan(season).days().stream().filter(d -> d.unitId() == unit.getId() && d.date().equals(date))
                .findFirst().orElseThrow();
    }

    @Test
    void days_are_generated_on_the_working_week_from_a_start_date_skipping_holidays() {
        shootDays.addHoliday(unit.getId(), MONDAY.plusDays(2));
        List<ShootDay> made = shootDays.addDays(unit.getId(), MONDAY, 5);
        assertThat(made).extracting(ShootDay::getDate).containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2),
                MONDAY.plusDays(3), MONDAY.plusDays(4), MONDAY.plusDays(7));
        assertThat(made).extracting(ShootDay::getType).containsExactly(DayType.SHOOT, DayType.SHOOT, DayType.HOLIDAY,
                DayType.SHOOT, DayType.SHOOT, DayType.SHOOT);
        assertThat(unit.getCountry()).isEqualTo("FR");
        // Generating again from the same date skips the dates the unit already has.
        assertThat(shootDays.addDays(unit.getId(), MONDAY, 1)).extracting(ShootDay::getDate)
                .containsExactly(MONDAY.plusDays(8));
        assertThat(dayOf(MONDAY.plusDays(7)).number()).isEqualTo(5);
    }

    @Test
    void two_days_of_one_unit_on_one_date_are_refused_whether_added_or_moved() {
        ShootDay first = shootDays.addDay(unit.getId(), MONDAY, DayType.SHOOT);
        ShootDay second = shootDays.addDay(unit.getId(), MONDAY.plusDays(1), DayType.SHOOT);
        assertThatThrownBy(() -> shootDays.addDay(unit.getId(), MONDAY, DayType.REHEARSAL))
                .isInstanceOf(DomainException.class).hasMessage("schedule.day.overlap");
        assertThatThrownBy(() -> shootDays.moveDay(second.getId(), MONDAY))
                .isInstanceOf(DomainException.class).hasMessage("schedule.day.overlap");
        assertThat(shootDays.moveDay(first.getId(), MONDAY.plusDays(2)).getDate()).isEqualTo(MONDAY.plusDays(2));
    }

    @Test
    void strips_move_from_the_boneyard_into_a_day_across_episodes_reorder_and_go_back() {
        ShootDay day = shootDays.addDay(unit.getId(), MONDAY, DayType.SHOOT);
        List<ProductionPlan.Strip> boneyard = plans.plan(season).boneyard();
        List<ProductionPlan.Strip> fromTwoEpisodes = List.of(
                boneyard.stream().filter(s -> s.episodeNumber().equals(boneyard.getFirst().episodeNumber())).findFirst()
                        .orElseThrow(),
                boneyard.stream().filter(s -> !s.episodeNumber().equals(boneyard.getFirst().episodeNumber())).findFirst()
                        .orElse(boneyard.get(1)),
                boneyard.get(2));
        stripboard.moveStrips(fromTwoEpisodes.stream().map(ProductionPlan.Strip::ref).toList(), day.getId(), -1);
        ProductionPlan.BoardDay placed = dayOf(MONDAY);
        assertThat(placed.strips()).extracting(ProductionPlan.Strip::sceneId)
                .containsExactlyElementsOf(fromTwoEpisodes.stream().map(ProductionPlan.Strip::sceneId).toList());
        assertThat(placed.eighths()).isEqualTo(fromTwoEpisodes.stream().mapToInt(ProductionPlan.Strip::eighths).sum());
        assertThat(plans.plan(season).boneyard()).hasSize(boneyard.size() - 3);

        ProductionPlan.Strip last = placed.strips().get(2);
        stripboard.moveStrips(List.of(last.ref()), day.getId(), 0);
        assertThat(dayOf(MONDAY).strips().getFirst().sceneId()).isEqualTo(last.sceneId());

        stripboard.moveToBoneyard(List.of(dayOf(MONDAY).strips().getFirst().ref()));
        assertThat(dayOf(MONDAY).strips()).hasSize(2);
        assertThat(plans.plan(season).boneyard()).hasSize(boneyard.size() - 2);
    }

    @Test
    void a_strip_dropped_on_an_off_day_or_from_a_stale_board_is_refused_and_stays_where_it_was() {
        ShootDay off = shootDays.addDay(unit.getId(), MONDAY, DayType.OFF);
        ShootDay shoot = shootDays.addDay(unit.getId(), MONDAY.plusDays(1), DayType.SHOOT);
        ProductionPlan.Strip strip = plans.plan(season).boneyard().getFirst();
        assertThatThrownBy(() -> stripboard.moveStrips(List.of(strip.ref()), off.getId(), -1))
                .isInstanceOf(DomainException.class).hasMessage("schedule.strip.not-a-shoot-day");
        stripboard.moveStrips(List.of(strip.ref()), shoot.getId(), -1);
        // The same strip moved again from the board as it was read before: someone else moved it since.
        assertThatThrownBy(() -> stripboard.moveStrips(List.of(strip.ref()), shoot.getId(), -1))
                .isInstanceOf(DomainException.class).hasMessage("schedule.strip.moved-meanwhile");
        assertThat(dayOf(MONDAY.plusDays(1)).strips()).extracting(ProductionPlan.Strip::sceneId)
                .containsExactly(strip.sceneId());
    }

    @Test
    void deleting_a_day_sends_its_strips_back_to_the_boneyard() {
        ShootDay day = shootDays.addDay(unit.getId(), MONDAY, DayType.SHOOT);
        List<ProductionPlan.Strip> boneyard = plans.plan(season).boneyard();
        stripboard.moveStrips(boneyard.subList(0, 4).stream().map(ProductionPlan.Strip::ref).toList(), day.getId(), -1);
        assertThat(shootDays.stripCount(day.getId())).isEqualTo(4);
        assertThatThrownBy(() -> shootDays.changeDayType(day.getId(), DayType.OFF))
                .isInstanceOf(DomainException.class).hasMessage("schedule.day.holds-strips");
        assertThat(shootDays.deleteDay(day.getId())).isEqualTo(4);
        assertThat(plans.plan(season).boneyard()).hasSize(boneyard.size());
    }

    @Test
    void a_rehearsal_of_no_dancers_0_hours_or_13_hours_is_refused_and_nothing_is_called() {
        DanceNumber number = danceService.danceNumbers().getFirst();
        Set<Long> dancers = rehearsals.defaultDancers(number.getId()).stream().map(StoryCharacter::getId)
                .collect(java.util.stream.Collectors.toSet());
        int before = plans.plan(season).calls().size();
        LocalTime ten = LocalTime.of(10, 0);
        assertThatThrownBy(() -> rehearsals.addRehearsalCall(season, number.getId(),
                new CallDraft(MONDAY, ten, 120, "A", null, false, Set.of(), null)))
                .isInstanceOf(DomainException.class).hasMessage("schedule.call.no-dancers");
        assertThatThrownBy(() -> rehearsals.addRehearsalCall(season, number.getId(),
                new CallDraft(MONDAY, ten, 0, "A", null, false, dancers, null)))
                .isInstanceOf(DomainException.class).hasMessage("schedule.call.length-range");
        assertThatThrownBy(() -> rehearsals.addRehearsalCall(season, number.getId(),
                new CallDraft(MONDAY, ten, 13 * 60, "A", null, false, dancers, null)))
                .isInstanceOf(DomainException.class).hasMessage("schedule.call.length-range");
        assertThat(plans.plan(season).calls()).hasSize(before);
        rehearsals.addRehearsalCall(season, number.getId(), new CallDraft(MONDAY, ten, 120, "A", null, false, dancers,
                null));
        assertThat(plans.plan(season).calls()).hasSize(before + 1);
    }

    @Test
    void the_dood_and_the_rehearsal_plan_follow_a_move() {
        ShootDay day = shootDays.addDay(unit.getId(), MONDAY.plusYears(1), DayType.SHOOT);
        ProductionPlan.Strip withCast = plans.plan(season).boneyard().stream().filter(s -> !s.castIds().isEmpty())
                .findFirst().orElseThrow();
        int castId = withCast.castIds().getFirst();
        stripboard.moveStrips(List.of(withCast.ref()), day.getId(), -1);
        DayOutOfDays dood = plans.plan(season).dayOutOfDays();
        DayOutOfDays.Row row = dood.rows().stream().filter(r -> r.castId() == castId).findFirst().orElseThrow();
        assertThat(row.on(MONDAY.plusYears(1))).isIn(DoodCode.WF, DoodCode.PW, DoodCode.W, DoodCode.SWF);
        assertThat(row.totals().finish()).isEqualTo(MONDAY.plusYears(1));
    }

    @Test
    void writers_read_the_plan_but_may_not_change_it_and_production_may_not_change_the_rules() {
        ShootDay day = shootDays.addDay(unit.getId(), MONDAY, DayType.SHOOT);
        ProductionPlan.Strip strip = plans.plan(season).boneyard().getFirst();
        assertThatThrownBy(() -> shootDays.updateSettings(5, 3))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        actAs("writer", "WRITER");
        assertThat(plans.plan(season).days()).isNotEmpty();
        assertThatThrownBy(() -> stripboard.moveStrips(List.of(strip.ref()), day.getId(), -1))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> shootDays.addDay(unit.getId(), MONDAY.plusDays(1), DayType.SHOOT))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        actAs("showrunner", "SHOWRUNNER");
        stripboard.moveStrips(List.of(strip.ref()), day.getId(), -1);
        assertThat(shootDays.updateSettings(5, 4).getDropPickupMinDays()).isEqualTo(5);
        assertThat(plans.plan(season).dropPickupMinDays()).isEqualTo(5);
    }

    @Test
    void a_fitting_keeps_a_note_of_200_characters_and_refuses_a_longer_one() {
        StoryCharacter performer = castService.characters().getFirst();
        LocalTime nine = LocalTime.of(9, 0);
        assertThat(rehearsals.addFittingCall(season, performer.getId(), unit.getId(), MONDAY, nine, 30, "x".repeat(200))
                .getNote()).hasSize(200);
        int before = plans.plan(season).fittings().size();
        assertThatThrownBy(() -> rehearsals.addFittingCall(season, performer.getId(), unit.getId(), MONDAY, nine, 30,
                "x".repeat(201))).isInstanceOf(DomainException.class).hasMessage("schedule.fitting.note-too-long");
        assertThat(plans.plan(season).fittings()).hasSize(before);
    }
}
