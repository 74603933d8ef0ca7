package app.coulisse.demo;

import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.StoryCity;
import app.coulisse.schedule.CallDraft;
import app.coulisse.schedule.DayType;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.RehearsalService;
import app.coulisse.schedule.ShootDay;
import app.coulisse.schedule.ShootDayService;
import app.coulisse.schedule.ShootUnit;
import app.coulisse.schedule.StripRef;
import app.coulisse.schedule.StripboardService;
import app.coulisse.season.SeasonService;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The demo shoot: a Paris unit and a New York unit, twelve shoot days with both episodes cross-boarded by city and
 * set (a few strips left in the boneyard), a travel day, rehearsals in the Paris studios for every dance number before its first shoot
 * day (the last number on the board one call short, so the plan and the board flag it) and a fitting.
 */
@Component
class DemoSchedule {

    /** The demo shoot starts on a Monday. */
    static final LocalDate FIRST_SHOOT_DAY = LocalDate.of(2026, 9, 7);
    private static final Set<DayOfWeek> WEEK = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final int CALL_MINUTES = 3 * 60;

    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final DanceService danceService;
    private final CastService castService;
    private final ShootDayService shootDayService;
    private final StripboardService stripboardService;
    private final RehearsalService rehearsalService;
    private final ProductionPlanService planService;

    DemoSchedule(SeasonService seasonService, OutlineService outlineService, DanceService danceService,
                 CastService castService, ShootDayService shootDayService, StripboardService stripboardService,
                 RehearsalService rehearsalService, ProductionPlanService planService) {
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.danceService = danceService;
        this.castService = castService;
        this.shootDayService = shootDayService;
        this.stripboardService = stripboardService;
        this.rehearsalService = rehearsalService;
        this.planService = planService;
    }

    void write() {
        int season = seasonService.currentSeason().getNumber();
        ShootUnit paris = shootDayService.addUnit(season, "Paris unit", "#90CAF9", "FR",
                ZoneId.of("Europe/Paris"), WEEK);
        ShootUnit newYork = shootDayService.addUnit(season, "New York unit", "#FFCC80", "US",
                ZoneId.of("America/New_York"), WEEK);
        List<ShootDay> parisDays = shootDayService.addDays(paris.getId(), FIRST_SHOOT_DAY, 7);
        LocalDate travel = parisDays.getLast().getDate().plusDays(3);
        shootDayService.addDay(newYork.getId(), travel, DayType.TRAVEL);
        List<ShootDay> newYorkDays = shootDayService.addDays(newYork.getId(), travel.plusDays(1), 5);
        board(season, parisDays, newYorkDays);
        rehearse(season, paris.getId());
        StoryCharacter lead = castService.characters().getFirst();
        rehearsalService.addFittingCall(season, lead.getId(), paris.getId(), FIRST_SHOOT_DAY.minusDays(3),
                LocalTime.of(14, 0), 90,
                "Pointe shoes and first costume");
    }

    /** Each city's scenes, grouped by set across both episodes, dealt into its unit's days. */
    private void board(int season, List<ShootDay> parisDays, List<ShootDay> newYorkDays) {
        List<Scene> scenes = outlineService.season(season).playedScenes().stream()
                .sorted(Comparator.comparing((Scene scene) -> scene.getSet() == null ? "" : scene.getSet().getName()))
                .toList();
        // Every seventh scene stays in the boneyard: the office has boarding left to do.
        List<Scene> boarded = java.util.stream.IntStream.range(0, scenes.size()).filter(i -> i % 7 != 6)
                .mapToObj(scenes::get).toList();
        deal(boarded.stream().filter(s -> s.getStoryCity() != StoryCity.NEW_YORK).toList(), parisDays);
        deal(boarded.stream().filter(s -> s.getStoryCity() == StoryCity.NEW_YORK).toList(), newYorkDays);
    }

    private void deal(List<Scene> scenes, List<ShootDay> days) {
        List<ShootDay> shoot = days.stream().filter(day -> day.getType() == DayType.SHOOT).toList();
        if (shoot.isEmpty()) {
            return;
        }
        int perDay = Math.max(1, (scenes.size() + shoot.size() - 1) / shoot.size());
        for (int d = 0; d < shoot.size() && d * perDay < scenes.size(); d++) {
            List<StripRef> strips = scenes.subList(d * perDay, Math.min(scenes.size(), (d + 1) * perDay)).stream()
                    .map(scene -> new StripRef(scene.getId(), StripRef.IN_BONEYARD)).toList();
            stripboardService.moveStrips(strips, shoot.get(d).getId(), -1);
        }
    }

    /**
     * Every number gets its hours in three-hour calls on the days before its first shoot day, a slot of the day and
     * its own days per number so no dancer is in two rooms at once; the last number gets one call fewer.
     */
    private void rehearse(int season, long studioUnitId) {
        ProductionPlan plan = planService.plan(season);
        Map<Long, LocalDate> firstShoot = new HashMap<>();
        plan.rehearsals().balances().forEach(b -> firstShoot.put(b.numberId(), b.firstShootDay()));
        List<DanceNumber> numbers = new ArrayList<>(danceService.danceNumbers().stream()
                .filter(n -> firstShoot.containsKey(n.getId())).toList());
        long shortOne = numbers.stream().filter(n -> firstShoot.get(n.getId()) != null && minutesNeeded(n) > 0
                        && !n.getPrincipalDancers().isEmpty()).reduce((first, second) -> second).map(DanceNumber::getId)
                .orElse(-1L);
        for (int i = 0; i < numbers.size(); i++) {
            DanceNumber number = numbers.get(i);
            Set<Long> dancers = rehearsalService.defaultDancers(number.getId()).stream().map(StoryCharacter::getId)
                    .collect(Collectors.toSet());
            if (dancers.isEmpty() || minutesNeeded(number) == 0) {
                continue;
            }
            int minutes = minutesNeeded(number) - (number.getId() == shortOne ? CALL_MINUTES : 0);
            LocalDate before = firstShoot.get(number.getId()) == null ? FIRST_SHOOT_DAY : firstShoot.get(number.getId());
            int groups = (numbers.size() + 2) / 3;
            LocalDate date = earliestOf(before, FIRST_SHOOT_DAY).minusDays(1L + i / 3);
            LocalTime start = LocalTime.of(9, 0).plusHours(4L * (i % 3));
            while (minutes > 0) {
                int length = Math.min(CALL_MINUTES, minutes);
                rehearsalService.addRehearsalCall(season, number.getId(), new CallDraft(date, start, length,
                        "Studio " + (1 + i % 3), number.getChoreographer(), false, dancers, studioUnitId));
                minutes -= length;
                date = date.minusDays(groups);
            }
        }
    }

    private static LocalDate earliestOf(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static int minutesNeeded(DanceNumber number) {
        return number.getRehearsalHours() == null ? 0
                : number.getRehearsalHours().multiply(BigDecimal.valueOf(60)).intValue();
    }
}
