package app.coulisse.callsheet;

import app.coulisse.breakdown.ElementCategory;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceNumberDetails;
import app.coulisse.outline.Scene;
import app.coulisse.schedule.DayOutOfDays;
import app.coulisse.schedule.DayType;
import app.coulisse.schedule.DoodCode;
import app.coulisse.schedule.ProductionPlan;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Drafts a shoot day's call sheet from the season's sources: the day's strips in shooting order, the performers in
 * them with their DOOD code and times (edited, or proposed from the shooting call), the dance numbers, the unit's
 * rehearsals and fittings that date, the elements of the day's scenes by department, and the next shoot day.
 */
final class CallSheetDrafter {

    /** The shooting call of a day nobody has set one for. */
    static final LocalTime DEFAULT_SHOOTING_CALL = LocalTime.of(8, 0);
    private static final String CAST_CATEGORY = "cast";
    private static final String BACKGROUND_CATEGORY = "background";

    private final CallSheetSources sources;
    private final Map<Integer, DayOutOfDays.Row> dood;

    CallSheetDrafter(CallSheetSources sources) {
        this.sources = sources;
        this.dood = sources.plan().dayOutOfDays().rows().stream()
                .collect(Collectors.toMap(DayOutOfDays.Row::castId, row -> row, (a, b) -> a));
    }

    CallSheetContent draft(ProductionPlan.BoardDay day) {
        ProductionPlan plan = sources.plan();
        ProductionPlan.Unit unit = plan.units().stream().filter(u -> u.id() == day.unitId()).findFirst().orElseThrow();
        CallSheet sheet = sources.sheets().get(day.id());
        LocalTime shootingCall = sheet == null || sheet.getShootingCall() == null ? DEFAULT_SHOOTING_CALL
                : sheet.getShootingCall();
        LocalTime crewCall = sheet == null || sheet.getCrewCall() == null
                ? shootingCall.minusMinutes(sources.offsets().crewCall()) : sheet.getCrewCall();
        List<CallSheetContent.SceneLine> scenes = day.strips().stream().map(this::scene).toList();
        int dayCount = (int) plan.days().stream()
                .filter(d -> d.unitId() == day.unitId() && d.type() == DayType.SHOOT).count();
        return new CallSheetContent(sources.series(), plan.seasonNumber(),
                day.strips().stream().map(ProductionPlan.Strip::episodeNumber).distinct().toList(), unit.name(),
                unit.timeZone().getId(), day.date(), day.number(), dayCount, crewCall, shootingCall,
                locations(day, unit.timeZone()), scenes, day.eighths(), cast(day, sheet, shootingCall),
                dances(day), rehearsals(day), fittings(day), background(day), departments(day),
                sheet == null ? null : sheet.getNotes(), advance(day));
    }

    private CallSheetContent.SceneLine scene(ProductionPlan.Strip strip) {
        Scene scene = sources.scenes().get(strip.sceneId());
        return new CallSheetContent.SceneLine(strip.label(), strip.intExt(), strip.set(), strip.timeOfDay(),
                strip.eighths(), strip.castIds(), scene == null ? "" : text(scene.getSynopsis()),
                scene == null ? "" : text(scene.getShootingLocation()));
    }

    private List<CallSheetContent.Location> locations(ProductionPlan.BoardDay day, ZoneId zone) {
        Set<String> names = new LinkedHashSet<>();
        day.strips().forEach(strip -> {
            Scene scene = sources.scenes().get(strip.sceneId());
            if (scene != null && scene.getShootingLocation() != null && !scene.getShootingLocation().isBlank()) {
                names.add(scene.getShootingLocation().strip());
            }
        });
        return names.stream().map(name -> {
            ShootingLocation location = sources.locations().get(name.toLowerCase(Locale.ROOT));
            if (location == null) {
                return new CallSheetContent.Location(name, null, null, null, null, null, null);
            }
            SunTimesOfDay sun = location.hasPosition()
                    ? SunTimesOfDay.at(location.getLatitude(), location.getLongitude(), day.date(), zone) : null;
            return new CallSheetContent.Location(location.getName(), location.getAddress(), location.getParking(),
                    location.getHospital(), location.getContact(), sun == null ? null : sun.sunrise(),
                    sun == null ? null : sun.sunset());
        }).toList();
    }

    private List<CallSheetContent.CastLine> cast(ProductionPlan.BoardDay day, CallSheet sheet, LocalTime shootingCall) {
        Set<Integer> castIds = day.strips().stream().flatMap(strip -> strip.castIds().stream())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        return castIds.stream().map(castId -> {
            StoryCharacter character = sources.characters().get(castId);
            CastTimes proposed = sources.offsets().propose(castId, shootingCall);
            CastTimes edited = sheet == null ? null : sheet.times(castId).orElse(null);
            DayOutOfDays.Row row = dood.get(castId);
            DoodCode code = row == null ? null : row.on(day.date());
            return new CallSheetContent.CastLine(castId, character == null ? "" : character.getName(),
                    character == null ? "" : text(character.getPerformer()), code == null ? "" : code.name(),
                    either(edited == null ? null : edited.pickUp(), proposed.pickUp()),
                    either(edited == null ? null : edited.makeUp(), proposed.makeUp()),
                    either(edited == null ? null : edited.wardrobe(), proposed.wardrobe()),
                    either(edited == null ? null : edited.onSet(), proposed.onSet()));
        }).toList();
    }

    private List<CallSheetContent.DanceLine> dances(ProductionPlan.BoardDay day) {
        return day.strips().stream().flatMap(strip -> strip.danceNumberIds().stream()).distinct()
                .map(id -> sources.dances().get(id)).filter(Objects::nonNull).map(number -> {
                    int dancers = DanceNumber.totalDancers(number.principalDancers().size(), number.ensembleSize());
                    int shoes = number.shoesPerDancer() == null ? 0 : number.shoesPerDancer() * dancers;
                    return new CallSheetContent.DanceLine(number.title(), text(number.choreographer()),
                            music(number), number.musicSource() == null ? null : number.musicSource().name(),
                            number.principalDancers().stream()
                                    .map(d -> app.coulisse.cast.CastLabel.of(d.castId(), d.name())).toList(),
                            number.ensembleSize(), text(number.costumeNotes()), shoes);
                }).toList();
    }

    private static String music(DanceNumberDetails number) {
        return java.util.stream.Stream.of(number.composer(), number.piece(), number.musicCue())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" — "));
    }

    private List<CallSheetContent.RehearsalLine> rehearsals(ProductionPlan.BoardDay day) {
        return sources.plan().calls().stream()
                .filter(call -> call.date().equals(day.date()) && call.unitName().equals(day.unitName()))
                .sorted(Comparator.comparing(ProductionPlan.Call::start))
                .map(call -> new CallSheetContent.RehearsalLine(call.numberTitle(), call.start(), call.minutes(),
                        call.studio(), call.dancers())).toList();
    }

    private List<CallSheetContent.FittingLine> fittings(ProductionPlan.BoardDay day) {
        return sources.plan().fittings().stream()
                .filter(f -> f.date().equals(day.date()) && f.unitName().equals(day.unitName()))
                .sorted(Comparator.comparing(ProductionPlan.Fitting::start))
                .map(f -> new CallSheetContent.FittingLine(f.castId(), f.name(), f.start(), f.minutes(), f.note()))
                .toList();
    }

    /** Background by element: the most any one scene of the day needs (the same people serve several scenes). */
    private List<CallSheetContent.ElementCount> background(ProductionPlan.BoardDay day) {
        Map<String, Integer> counts = new TreeMap<>();
        elementsOf(day).stream().filter(link -> BACKGROUND_CATEGORY.equals(seedKey(link)))
                .forEach(link -> counts.merge(link.elementName(), Math.max(1, link.quantity()), Math::max));
        return counts.entrySet().stream().map(e -> new CallSheetContent.ElementCount(e.getKey(), e.getValue())).toList();
    }

    /** Every other category but the cast, in the categories' order, each element once with its largest quantity. */
    private List<CallSheetContent.Department> departments(ProductionPlan.BoardDay day) {
        Map<Long, Map<String, Integer>> byCategory = new TreeMap<>();
        List<ElementLink> links = elementsOf(day).stream()
                .filter(link -> !CAST_CATEGORY.equals(seedKey(link)) && !BACKGROUND_CATEGORY.equals(seedKey(link)))
                .sorted(Comparator.comparingInt(ElementLink::categoryPosition)).toList();
        Map<Long, ElementLink> firstOf = new LinkedHashMap<>();
        for (ElementLink link : links) {
            firstOf.putIfAbsent(link.categoryId(), link);
            byCategory.computeIfAbsent(link.categoryId(), id -> new TreeMap<>())
                    .merge(link.elementName(), Math.max(1, link.quantity()), Math::max);
        }
        List<CallSheetContent.Department> departments = new ArrayList<>();
        firstOf.forEach((categoryId, link) -> departments.add(new CallSheetContent.Department(seedKey(link),
                link.categoryName(), byCategory.get(categoryId).entrySet().stream()
                .map(e -> e.getValue() > 1 ? e.getKey() + " ×" + e.getValue() : e.getKey()).toList())));
        return departments;
    }

    private List<ElementLink> elementsOf(ProductionPlan.BoardDay day) {
        return day.strips().stream()
                .flatMap(strip -> sources.elements().getOrDefault(strip.sceneId(), List.of()).stream()).toList();
    }

    private String seedKey(ElementLink link) {
        ElementCategory category = sources.categories().get(link.categoryId());
        return category == null ? null : category.getSeedKey();
    }

    private CallSheetContent.Advance advance(ProductionPlan.BoardDay day) {
        LocalDate date = day.date();
        return sources.plan().days().stream()
                .filter(d -> d.unitId() == day.unitId() && d.type() == DayType.SHOOT && d.date().isAfter(date))
                .min(Comparator.comparing(ProductionPlan.BoardDay::date))
                .map(next -> new CallSheetContent.Advance(next.date(), next.number(),
                        next.strips().stream().map(this::scene).toList()))
                .orElse(null);
    }

    private static LocalTime either(LocalTime edited, LocalTime proposed) {
        return edited != null ? edited : proposed;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
