package app.coulisse.races;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import app.coulisse.core.DomainException;
import app.coulisse.schedule.DayType;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.ShootDay;
import app.coulisse.schedule.ShootDayService;
import app.coulisse.schedule.ShootUnit;
import app.coulisse.schedule.StripRef;
import app.coulisse.schedule.StripboardService;
import app.coulisse.season.SeasonService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two people move the same strip at the same moment, each from the board they read before: on the real database,
 * in two transactions (the service's own), one wins and the other is told; the strip is where the winner put it.
 */
class ConcurrentStripMovesTest extends ServerTest {

    @Autowired
    ShootDayService shootDays;
    @Autowired
    StripboardService stripboard;
    @Autowired
    ProductionPlanService plans;
    @Autowired
    SeasonService seasonService;

    @Test
    void two_moves_of_one_strip_from_the_boneyard_then_from_a_day_give_one_winner_each_time() throws Exception {
        actAs("production", "PRODUCTION");
        int season = seasonService.currentSeason().getNumber();
        ShootUnit unit = shootDays.addUnit(season, "Race unit", "#123456", "FR", ShootUnit.DEFAULT_TIME_ZONE,
                EnumSet.allOf(DayOfWeek.class));
        ShootDay[] days = {shootDays.addDay(unit.getId(), LocalDate.of(2031, 5, 5), DayType.SHOOT),
                shootDays.addDay(unit.getId(), LocalDate.of(2031, 5, 6), DayType.SHOOT),
                shootDays.addDay(unit.getId(), LocalDate.of(2031, 5, 7), DayType.SHOOT)};
        ProductionPlan.Strip strip = plans.plan(season).boneyard().getFirst();
        try {
            List<Object> fromBoneyard = race(i -> stripboard.moveStrips(List.of(strip.ref()), days[i].getId(), -1));
            int first = winner(fromBoneyard);
            assertThat(dayOf(season, strip.sceneId())).isEqualTo(days[first].getId());

            actAs("production", "PRODUCTION");
            StripRef placed = plans.plan(season).scheduled().stream().filter(s -> s.sceneId() == strip.sceneId())
                    .findFirst().orElseThrow().ref();
            List<ShootDay> others = java.util.Arrays.stream(days).filter(d -> !d.getId().equals(days[first].getId()))
                    .toList();
            List<Object> fromDay = race(i -> stripboard.moveStrips(List.of(placed), others.get(i).getId(), 0));
            assertThat(dayOf(season, strip.sceneId())).isEqualTo(others.get(winner(fromDay)).getId());
        } finally {
            actAs("production", "PRODUCTION");
            for (ShootDay day : days) {
                shootDays.deleteDay(day.getId());
            }
            SecurityContextHolder.clearContext();
        }
    }

    private Long dayOf(int season, long sceneId) {
        actAs("production", "PRODUCTION");
        return plans.plan(season).scheduled().stream().filter(s -> s.sceneId() == sceneId).findFirst()
                .map(ProductionPlan.Strip::dayId).orElse(null);
    }

    private interface Move {
        void run(int racer);
    }

    private List<Object> race(Move move) throws Exception {
        return Races.twice("production", "PRODUCTION", (racer, together) -> {
            together.run();
            move.run(racer);
        });
    }

    private static int winner(List<Object> outcomes) {
        assertThat(outcomes).filteredOn(Integer.class::isInstance).as("winners in %s", outcomes).hasSize(1);
        assertThat(outcomes).filteredOn(RuntimeException.class::isInstance).singleElement()
                .satisfies(loser -> assertThat((Throwable) loser).isInstanceOf(DomainException.class)
                        .hasMessage("schedule.strip.moved-meanwhile"));
        return Races.winner(outcomes);
    }

    private static void actAs(String username, String role) {
        Races.actAs(username, role);
    }
}
