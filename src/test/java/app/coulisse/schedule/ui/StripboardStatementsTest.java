package app.coulisse.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.cast.CastService;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.StoryCity;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.schedule.DayType;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.ShootDay;
import app.coulisse.schedule.ShootDayService;
import app.coulisse.schedule.ShootUnit;
import app.coulisse.schedule.StripRef;
import app.coulisse.schedule.StripboardService;
import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opening the stripboard costs the same number of SQL statements with 100 strips as with 600 (10 episodes × 60
 * scenes), and so does moving a strip.
 */
class StripboardStatementsTest extends KaribuTest {

    /**
     * Season, episodes, scenes with their storylines, cast, dance links, characters, units, days, placements…, and
     * the go / no go mark (record 054: covers in, dancers out, characters, the season, one statement for the parts
     * rule here and one for each of the four rules of rights, music, costumes and shoes).
     */
    private static final long OPEN_BUDGET = 40;
    private static final long MOVE_BUDGET = 12;

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    CastService castService;
    @Autowired
    ShootDayService shootDays;
    @Autowired
    StripboardService stripboard;
    @Autowired
    ProductionPlanService plans;
    @Autowired
    EntityManager entityManager;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private record Measured(long open, long move) {
    }

    @Test
    void the_board_opens_and_a_strip_moves_in_a_bounded_number_of_statements_at_100_and_600_strips() {
        loginAs("showrunner");
        Measured small = seasonWith(41, 10, 10);
        Measured large = seasonWith(42, 10, 60);
        System.out.printf("Stripboard statements: open %d / %d, move %d / %d (100 / 600 strips)%n", small.open(),
                large.open(), small.move(), large.move());
        assertThat(large.open()).isEqualTo(small.open()).isLessThanOrEqualTo(OPEN_BUDGET);
        assertThat(large.move()).isEqualTo(small.move()).isLessThanOrEqualTo(MOVE_BUDGET);
    }

    private Measured seasonWith(int seasonNumber, int episodes, int scenesPerEpisode) {
        seasonService.addSeason(seasonNumber);
        seasonService.makeCurrent(seasonNumber);
        int characters = Math.min(castService.characters().size(), 5);
        for (int e = 0; e < episodes; e++) {
            Episode episode = seasonService.createEpisode(String.valueOf(seasonNumber * 100 + e), "E" + e, seasonNumber);
            outlineService.createDefaultActs(episode.getId());
            for (int s = 0; s < scenesPerEpisode; s++) {
                Scene scene = outlineService.appendScene(episode.getId(), new SceneDraft("Act One", IntExt.INT,
                        "SET " + (s % 12), s % 2 == 0 ? TimeOfDay.DAY : TimeOfDay.NIGHT, 1, 1 + s % 9, "Scene " + s,
                        StoryCity.PARIS, null, List.of()));
                if (characters > 0) {
                    castService.tag(scene.getId(), castService.characters().get(s % characters).getId(), true, false);
                }
            }
        }
        ShootUnit unit = shootDays.addUnit(seasonNumber, "Budget unit", "#FFFFFF", "FR", ShootUnit.DEFAULT_TIME_ZONE,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        List<ShootDay> generated = shootDays.addDays(unit.getId(), LocalDate.of(2030, 1, 7), 11);
        List<ShootDay> days = generated.subList(0, 10);
        shootDays.addDay(unit.getId(), LocalDate.of(2030, 1, 5), DayType.OFF);
        List<ProductionPlan.Strip> boneyard = plans.plan(seasonNumber).boneyard();
        int perDay = boneyard.size() / 2 / days.size();
        for (int d = 0; d < days.size(); d++) {
            List<StripRef> strips = new ArrayList<>();
            boneyard.subList(d * perDay, (d + 1) * perDay).forEach(strip -> strips.add(strip.ref()));
            stripboard.moveStrips(strips, days.get(d).getId(), -1);
        }
        long open = statements(() -> {
            UI.getCurrent().navigate("production");
            assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("board")))).isGreaterThan(perDay);
        });
        // The same move at both sizes: the first strip of day 1, and one from the boneyard, to the last day.
        ProductionPlan plan = plans.plan(seasonNumber);
        ProductionPlan.Strip strip = plan.days().stream().filter(d -> d.number() == 1).findFirst().orElseThrow()
                .strips().getFirst();
        long last = generated.getLast().getId();
        long move = statements(() -> stripboard.moveStrips(List.of(strip.ref(), plan.boneyard().getFirst().ref()),
                last, -1));
        return new Measured(open, move);
    }

    private long statements(Runnable action) {
        entityManager.flush();
        entityManager.clear();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            action.run();
            entityManager.flush();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
