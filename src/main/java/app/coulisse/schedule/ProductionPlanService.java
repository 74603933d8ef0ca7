package app.coulisse.schedule;

import app.coulisse.cast.CastService;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceLink;
import app.coulisse.dance.DanceNumberDetails;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.readiness.AvailabilityService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.StripColour;
import app.coulisse.season.Season;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a season's plan in a fixed number of statements, whatever the number of scenes, days and performers, and
 * computes the board, the Day Out of Days, the rehearsal plan and the shoe count from it in memory.
 */
@Service
public class ProductionPlanService {

    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final CastService castService;
    private final DanceService danceService;
    private final ShootDayService shootDayService;
    private final ShootUnitRepository units;
    private final ShootDayRepository days;
    private final StripPlacementRepository placements;
    private final RehearsalCallRepository calls;
    private final FittingCallRepository fittings;
    private final AvailabilityService availabilityService;

    ProductionPlanService(SeasonService seasonService, OutlineService outlineService, CastService castService,
                          DanceService danceService, ShootDayService shootDayService, ShootUnitRepository units,
                          ShootDayRepository days, StripPlacementRepository placements, RehearsalCallRepository calls,
                          FittingCallRepository fittings, AvailabilityService availabilityService) {
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.castService = castService;
        this.danceService = danceService;
        this.shootDayService = shootDayService;
        this.units = units;
        this.days = days;
        this.placements = placements;
        this.calls = calls;
        this.fittings = fittings;
        this.availabilityService = availabilityService;
    }

    /** The season's whole plan: board, Day Out of Days, rehearsal plan and shoe count. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public ProductionPlan plan(int seasonNumber) {
        Season season = seasonService.season(seasonNumber);
        List<Scene> scenes = outlineService.season(seasonNumber).scenes();
        Map<Long, List<SceneAppearance>> cast = castService.seasonCast().stream()
                .collect(Collectors.groupingBy(SceneAppearance::sceneId));
        Map<Integer, StoryCharacter> characters = new LinkedHashMap<>();
        castService.characters().forEach(character -> characters.put(character.getCastId(), character));
        Map<Long, List<DanceLink>> dances = danceService.seasonLinks().stream()
                .collect(Collectors.groupingBy(DanceLink::sceneId));
        List<ShootUnit> seasonUnits = units.findBySeasonOrderByPosition(season);
        List<ShootDay> seasonDays = days.bySeason(season);
        Map<Long, PlacedStrip> placed = placements.bySeason(season).stream()
                .collect(Collectors.toMap(PlacedStrip::sceneId, p -> p));
        List<RehearsalCall> seasonCalls = calls.bySeason(season);
        List<FittingCall> seasonFittings = fittings.bySeason(season);
        ScheduleSettings settings = shootDayService.settings();
        CoverSwaps swaps = new CoverSwaps(availabilityService.coversIn());

        Map<Long, ShootDay> dayById = seasonDays.stream().collect(Collectors.toMap(ShootDay::getId, d -> d));
        Map<Integer, Set<LocalDate>> work = new HashMap<>();
        Map<Long, LocalDate> firstShoot = new HashMap<>();
        Map<Long, TreeMap<LocalDate, Set<Integer>>> workByUnit = new HashMap<>();
        for (Scene scene : scenes) {
            PlacedStrip at = placed.get(scene.getId());
            if (scene.isOmitted() || at == null || !dayById.get(at.dayId()).getType().takesStrips()) {
                continue;
            }
            ShootDay day = dayById.get(at.dayId());
            for (int castId : castOn(scene.getId(), day.getDate(), cast, dances, swaps)) {
                work.computeIfAbsent(castId, id -> new HashSet<>()).add(day.getDate());
                workByUnit.computeIfAbsent(day.getUnit().getId(), id -> new TreeMap<>())
                        .computeIfAbsent(day.getDate(), date -> new HashSet<>()).add(castId);
            }
            for (DanceLink link : dances.getOrDefault(scene.getId(), List.of())) {
                firstShoot.merge(link.danceNumberId(), day.getDate(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }

        Set<Long> numbersInSeason = new HashSet<>();
        scenes.forEach(scene -> dances.getOrDefault(scene.getId(), List.of())
                .forEach(link -> numbersInSeason.add(link.danceNumberId())));
        seasonCalls.forEach(call -> numbersInSeason.add(call.getDanceNumber().getId()));
        List<DanceNumberDetails> numbers = danceService.seasonNumbers().stream()
                .filter(number -> numbersInSeason.contains(number.id()))
                .sorted(Comparator.comparing(DanceNumberDetails::title)).toList();
        List<RehearsalPlan.Call> planCalls = seasonCalls.stream().map(call -> new RehearsalPlan.Call(call.getId(),
                call.getDanceNumber().getId(), call.getDate(), call.getStart(), call.getLengthMinutes(),
                call.isAfterWrap(), Set.copyOf(calledIn(call, swaps)))).toList();
        List<RehearsalPlan.Fitting> planFittings = seasonFittings.stream().map(f -> new RehearsalPlan.Fitting(f.getId(),
                f.getCharacter().getCastId(), f.getDate(), f.getStart(), f.getLengthMinutes())).toList();
        RehearsalPlan rehearsals = RehearsalPlan.of(numbers.stream()
                        .map(n -> new RehearsalPlan.Number(n.id(), n.title(), n.rehearsalHours())).toList(),
                planCalls, planFittings, firstShoot, work, settings.getMaxRehearsalHours());
        Set<Long> shortNumbers = rehearsals.shortNumbers();

        List<StripColour> colours = StripColour.classify(scenes.stream().map(scene -> new StripColour.Slot(
                scene.getEpisode().getId(), scene.getIntExt().heading(), scene.getTimeOfDay().name(),
                scene.isOmitted())).toList());
        Map<Long, List<ProductionPlan.Strip>> byDay = new HashMap<>();
        List<ProductionPlan.Strip> boneyard = new ArrayList<>();
        List<ProductionPlan.Strip> removed = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            Scene scene = scenes.get(i);
            PlacedStrip at = placed.get(scene.getId());
            List<Integer> castIds = at == null ? castOn(scene.getId(), null, cast, dances, swaps)
                    : castOn(scene.getId(), dayById.get(at.dayId()).getDate(), cast, dances, swaps);
            ProductionPlan.Strip strip = strip(scene, colours.get(i), at, castIds, dances, shortNumbers);
            if (scene.isOmitted()) {
                if (at != null) {
                    removed.add(strip);
                }
            } else if (at == null) {
                boneyard.add(strip);
            } else {
                byDay.computeIfAbsent(at.dayId(), id -> new ArrayList<>()).add(strip);
            }
        }
        Map<Long, Integer> shootDayCounts = new HashMap<>();
        List<ProductionPlan.BoardDay> boardDays = new ArrayList<>();
        for (ShootDay day : seasonDays) {
            int number = day.getType() == DayType.SHOOT ? shootDayCounts.merge(day.getUnit().getId(), 1, Integer::sum) : 0;
            List<ProductionPlan.Strip> strips = byDay.getOrDefault(day.getId(), new ArrayList<>());
            strips.sort(Comparator.comparingInt(ProductionPlan.Strip::position));
            boardDays.add(new ProductionPlan.BoardDay(day.getId(), day.getUnit().getId(), day.getUnit().getName(),
                    day.getUnit().getColour(), day.getDate(), day.getType(), number, List.copyOf(strips)));
        }

        DayOutOfDays dood = dayOutOfDays(seasonDays, workByUnit, work, seasonCalls, seasonFittings, characters,
                settings.getDropPickupMinDays(), swaps);
        CallPlace place = new CallPlace(seasonUnits);
        List<ProductionPlan.Call> callLines = seasonCalls.stream().map(call -> {
            List<StoryCharacter> called = calledIn(call, swaps).stream().sorted().map(characters::get).toList();
            return new ProductionPlan.Call(call.getId(), call.getVersion(), call.getDanceNumber().getId(),
                    call.getDanceNumber().getTitle(), call.getDate(), call.getStart(), call.getLengthMinutes(),
                    text(call.getStudio()), text(call.getChoreographer()), call.isAfterWrap(),
                    called.stream().map(StoryCharacter::getCastId).toList(),
                    called.stream().map(StoryCharacter::castLabel).toList(), place.name(call), place.zone(call));
        }).toList();
        List<ProductionPlan.Fitting> fittingLines = seasonFittings.stream().map(f -> new ProductionPlan.Fitting(f.getId(),
                f.getCharacter().getCastId(), f.getCharacter().getName(), f.getDate(), f.getStart(), f.getLengthMinutes(),
                text(f.getNote()), place.name(f), place.zone(f))).toList();
        ShoeCount shoes = ShoeCount.of(numbers.stream().map(n -> new ShoeCount.Number(n.id(), n.title(),
                n.shoesPerDancer() == null ? 0 : n.shoesPerDancer(),
                n.principalDancers().stream().map(d -> new ShoeCount.Dancer(d.castId(), d.name())).toList(),
                n.ensembleSize(), n.costumeNotes())).toList());
        return new ProductionPlan(seasonNumber, seasonUnits.stream().map(u -> new ProductionPlan.Unit(u.getId(),
                u.getName(), u.getColour(), u.getCountry(), u.getTimeZone())).toList(), boardDays, boneyard, removed, dood, rehearsals,
                callLines, fittingLines, shoes, settings.getDropPickupMinDays(), settings.getMaxRehearsalHours());
    }

    /** Who works a scene on a date (none: unplaced), covers in for those out (record 054). */
    private static List<Integer> castOn(long sceneId, LocalDate date, Map<Long, List<SceneAppearance>> cast,
                                        Map<Long, List<DanceLink>> dances, CoverSwaps swaps) {
        List<Integer> castIds = cast.getOrDefault(sceneId, List.of()).stream().map(SceneAppearance::castId).toList();
        return date == null ? castIds : swaps.apply(castIds,
                dances.getOrDefault(sceneId, List.of()).stream().map(DanceLink::danceNumberId).toList(), date);
    }

    /** The cast ids a rehearsal call calls, covers in for those out. */
    private static List<Integer> calledIn(RehearsalCall call, CoverSwaps swaps) {
        return swaps.apply(call.getDancers().stream().map(StoryCharacter::getCastId).toList(),
                List.of(call.getDanceNumber().getId()), call.getDate());
    }

    private static ProductionPlan.Strip strip(Scene scene, StripColour colour, PlacedStrip at, List<Integer> castIds,
                                              Map<Long, List<DanceLink>> dances, Set<Long> shortNumbers) {
        List<DanceLink> links = dances.getOrDefault(scene.getId(), List.of());
        return new ProductionPlan.Strip(scene.getId(), scene.getEpisode().getNumber(), text(scene.getNumber()),
                scene.getIntExt().heading(), scene.getSet() == null ? "" : scene.getSet().getName(),
                scene.getTimeOfDay().name(), scene.getEighths(),
                castIds.stream().sorted().distinct().toList(),
                links.stream().map(DanceLink::danceNumberId).toList(), links.stream().map(DanceLink::title).toList(),
                colour, at == null ? null : at.dayId(), at == null ? 0 : at.position(),
                at == null ? StripRef.IN_BONEYARD : at.version(),
                links.stream().anyMatch(link -> shortNumbers.contains(link.danceNumberId())));
    }

    /**
     * The DOOD's inputs: work from the board, R from rehearsal calls, FT from fittings, TR on a unit's travel day for
     * those who work that unit's nearest shoot day after it (or, with none after, before it).
     */
    private static DayOutOfDays dayOutOfDays(List<ShootDay> seasonDays, Map<Long, TreeMap<LocalDate, Set<Integer>>> workByUnit,
                                             Map<Integer, Set<LocalDate>> work, List<RehearsalCall> seasonCalls,
                                             List<FittingCall> seasonFittings, Map<Integer, StoryCharacter> characters,
                                             int dropPickupMinDays, CoverSwaps swaps) {
        Map<Integer, Set<LocalDate>> rehearsal = new HashMap<>();
        seasonCalls.forEach(call -> calledIn(call, swaps).forEach(castId -> rehearsal
                .computeIfAbsent(castId, id -> new HashSet<>()).add(call.getDate())));
        Map<Integer, Set<LocalDate>> fitting = new HashMap<>();
        seasonFittings.forEach(f -> fitting.computeIfAbsent(f.getCharacter().getCastId(), id -> new HashSet<>())
                .add(f.getDate()));
        Map<Integer, Set<LocalDate>> travel = new HashMap<>();
        Set<LocalDate> companyDates = new TreeSet<>();
        for (ShootDay day : seasonDays) {
            if (day.getType() == DayType.OFF || day.getType() == DayType.HOLIDAY) {
                continue;
            }
            companyDates.add(day.getDate());
            if (day.getType() == DayType.TRAVEL) {
                TreeMap<LocalDate, Set<Integer>> unitWork = workByUnit.getOrDefault(day.getUnit().getId(), new TreeMap<>());
                Map.Entry<LocalDate, Set<Integer>> next = unitWork.higherEntry(day.getDate());
                Map.Entry<LocalDate, Set<Integer>> nearest = next != null ? next : unitWork.lowerEntry(day.getDate());
                if (nearest != null) {
                    nearest.getValue().forEach(castId -> travel.computeIfAbsent(castId, id -> new HashSet<>())
                            .add(day.getDate()));
                }
            }
        }
        Set<Integer> called = new TreeSet<>();
        called.addAll(work.keySet());
        called.addAll(rehearsal.keySet());
        called.addAll(fitting.keySet());
        called.addAll(travel.keySet());
        List<DayOutOfDays.Performer> performers = called.stream().map(castId -> {
            StoryCharacter character = characters.get(castId);
            return new DayOutOfDays.Performer(castId, character == null ? "" : character.getName(),
                    character == null ? "" : text(character.getPerformer()),
                    new DayOutOfDays.Calls(work.getOrDefault(castId, Set.of()), rehearsal.getOrDefault(castId, Set.of()),
                            fitting.getOrDefault(castId, Set.of()), travel.getOrDefault(castId, Set.of())));
        }).toList();
        return DayOutOfDays.of(companyDates, performers, dropPickupMinDays);
    }

    /**
     * Where a call is: its unit, or the season's first unit when it names none (a call made before the season had
     * units, or without choosing one), or no unit and the default zone when the season has none.
     */
    private record CallPlace(Map<Long, ShootUnit> units, ShootUnit first) {

        CallPlace(List<ShootUnit> seasonUnits) {
            this(seasonUnits.stream().collect(Collectors.toMap(ShootUnit::getId, u -> u)),
                    seasonUnits.isEmpty() ? null : seasonUnits.getFirst());
        }

        /** Reads the unit's id only, so the call's unit is never loaded one by one. */
        private ShootUnit of(TimedCall call) {
            return call.getUnit() == null ? first : units.getOrDefault(call.getUnit().getId(), first);
        }

        String name(TimedCall call) {
            ShootUnit unit = of(call);
            return unit == null ? "" : unit.getName();
        }

        java.time.ZoneId zone(TimedCall call) {
            ShootUnit unit = of(call);
            return unit == null ? ShootUnit.DEFAULT_TIME_ZONE : unit.getTimeZone();
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
