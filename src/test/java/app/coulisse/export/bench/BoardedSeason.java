package app.coulisse.export.bench;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.StoryCatalogService;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.ShootDay;
import app.coulisse.schedule.ShootDayService;
import app.coulisse.schedule.ShootUnit;
import app.coulisse.schedule.StripboardService;
import app.coulisse.season.SeasonService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The season-scale room (10 × 60 scenes) seeded and boarded ten scenes a day into a unit's 60 shoot days. */
record BoardedSeason(int season, List<ShootDay> days) {

    static BoardedSeason of(ConfigurableApplicationContext context) {
        SeasonSeeder seeder = new SeasonSeeder(context.getBean(SeasonService.class), context.getBean(OutlineService.class),
                context.getBean(StoryCatalogService.class), context.getBean(CastService.class),
                context.getBean(DanceService.class), context.getBean(BreakdownService.class));
        context.getBean(TransactionTemplate.class).execute(status -> seeder.seed());
        int season = context.getBean(SeasonService.class).currentSeason().getNumber();
        ShootDayService shootDays = context.getBean(ShootDayService.class);
        StripboardService stripboard = context.getBean(StripboardService.class);
        ShootUnit unit = shootDays.addUnit(season, "Benchmark unit", "#FFFFFF", "FR", ShootUnit.DEFAULT_TIME_ZONE,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        List<ShootDay> days = shootDays.addDays(unit.getId(), LocalDate.of(2026, 9, 7), 60);
        List<ProductionPlan.Strip> boneyard = context.getBean(ProductionPlanService.class).plan(season).boneyard();
        for (int d = 0; d < days.size(); d++) {
            stripboard.moveStrips(boneyard.subList(d * 10, d * 10 + 10).stream().map(ProductionPlan.Strip::ref).toList(),
                    days.get(d).getId(), -1);
        }
        return new BoardedSeason(season, days);
    }
}
