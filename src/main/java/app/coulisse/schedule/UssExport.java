package app.coulisse.schedule;

import app.coulisse.breakdown.ElementCategory;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.AuditedEntity;
import app.coulisse.core.Messages;
import app.coulisse.dance.DanceLink;
import app.coulisse.dance.DanceNumberDetails;
import app.coulisse.outline.Scene;
import app.coulisse.season.Season;
import app.coulisse.season.Series;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a season as a Universal Schedule Standard v1 document (record 053): one breakdown per scene, the heading,
 * episode, story day, cast, dance numbers and elements as elements of categories with their UCID numbers, and per
 * unit a stripboard (its shoot days as one array each, the other units' strips and the boneyard as flat boards) read
 * against the unit's calendar (weekdays off, start, every other date skipped, rehearsal and fitting calls).
 */
public final class UssExport {

    /** UCID numbers of the standard's scene categories and of the action categories Coulisse uses. */
    static final int SET = 0;
    static final int INT_EXT = 1;
    static final int DAY_NIGHT = 2;
    static final int SCRIPT_DAY = 3;
    static final int CAST = 100;
    /** Custom scene categories are numbered from 50, custom action categories from 500 (UCID, "Extending"). */
    static final int EPISODE = 50;
    static final int DANCE_NUMBERS = 500;

    /** Coulisse's seeded element categories by seed key, and the UCID number of the same intent. */
    private static final Map<String, Integer> SEEDED_UCIDS = Map.ofEntries(Map.entry("cast", CAST),
            Map.entry("background", 101), Map.entry("stunts", 102), Map.entry("vehicles", 103),
            Map.entry("props", 104), Map.entry("special-effects", 105), Map.entry("wardrobe", 106),
            Map.entry("makeup-hair", 107), Map.entry("animals", 108), Map.entry("sound-music", 114),
            Map.entry("set-dressing", 116), Map.entry("greenery", 117), Map.entry("security", 118),
            Map.entry("special-equipment", 119), Map.entry("additional-labor", 120),
            Map.entry("visual-effects", 121), Map.entry("notes", 123));

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Source source;
    private final String idSeed;
    private final List<UssDocument.Category> categories = new ArrayList<>();
    private final Map<String, UssDocument.Element> elements = new LinkedHashMap<>();
    private final Map<String, List<UssDocument.Event>> elementEvents = new HashMap<>();
    private final Map<Integer, StoryCharacter> characters = new HashMap<>();

    /** Everything the document is written from, read by the service in a fixed number of statements. */
    public record Source(Series series, Season season, String author, Instant now, List<Scene> scenes,
                         List<SceneAppearance> appearances, List<StoryCharacter> characters,
                         List<DanceLink> danceLinks, List<DanceNumberDetails> numbers,
                         List<ElementCategory> elementCategories, List<ElementLink> elementLinks,
                         ProductionPlan plan, Map<Long, Set<DayOfWeek>> workingWeeks, Messages messages,
                         Locale locale) {
    }

    private UssExport(Source source) {
        this.source = source;
        this.idSeed = "coulisse:" + source.series().getId() + ":" + created(source.series()) + ":";
        source.characters().forEach(c -> characters.put(c.getCastId(), c));
    }

    /** The season as a USS document. */
    public static UssDocument of(Source source) {
        return new UssExport(source).document();
    }

    private UssDocument document() {
        Series series = source.series();
        Season season = source.season();
        String seasonCreated = created(season);
        List<UssDocument.Breakdown> breakdowns = breakdowns(seasonCreated);
        List<UssDocument.Calendar> calendars = new ArrayList<>();
        List<UssDocument.Stripboard> stripboards = new ArrayList<>();
        for (ProductionPlan.Unit unit : source.plan().units()) {
            UssDocument.Calendar calendar = calendar(unit);
            calendars.add(calendar);
            stripboards.add(stripboard(unit, calendar.id()));
        }
        List<UssDocument.Element> allElements = elements.values().stream().map(this::withEvents).toList();
        String name = text("schedule.uss.name", series.getTitle(), season.getNumber());
        return new UssDocument(new UssDocument.Schedule(id("season", season.getId()), source.author(),
                blankToNull(series.getProduction()), seasonCreated, null, null, null, name, series.getTitle(), null,
                ISO.format(source.now()), null, null, String.valueOf(season.getNumber()), "Coulisse",
                UssDocument.USS_VERSION, breakdowns, List.copyOf(categories), allElements, stripboards, calendars));
    }

    private List<UssDocument.Breakdown> breakdowns(String seasonCreated) {
        String sets = category(SET, text("schedule.uss.category.set"), seasonCreated);
        String intExt = category(INT_EXT, "INT/EXT", seasonCreated);
        String dayNight = category(DAY_NIGHT, text("schedule.uss.category.day-night"), seasonCreated);
        String storyDays = category(SCRIPT_DAY, text("schedule.uss.category.script-day"), seasonCreated);
        String episodes = category(EPISODE, text("schedule.uss.category.episode"), seasonCreated);
        String numbers = category(DANCE_NUMBERS, text("schedule.uss.category.dance-numbers"), seasonCreated);
        Map<Long, String> elementCategories = elementCategories();

        Map<Long, DanceNumberDetails> danceNumbers = source.numbers().stream()
                .collect(Collectors.toMap(DanceNumberDetails::id, n -> n));
        Map<Long, List<SceneAppearance>> castByScene = source.appearances().stream()
                .collect(Collectors.groupingBy(SceneAppearance::sceneId));
        Map<Long, List<DanceLink>> numbersByScene = source.danceLinks().stream()
                .collect(Collectors.groupingBy(DanceLink::sceneId));
        Map<Long, List<ElementLink>> elementsByScene = source.elementLinks().stream()
                .collect(Collectors.groupingBy(ElementLink::sceneId));

        List<UssDocument.Breakdown> breakdowns = new ArrayList<>();
        for (Scene scene : source.scenes()) {
            List<String> ids = new ArrayList<>();
            ids.add(element(intExt, "int-ext", scene.getIntExt().name(), scene.getIntExt().heading(), seasonCreated));
            if (scene.getSet() != null) {
                ids.add(element(sets, "set", scene.getSet().getId(), scene.getSet().getName(),
                        created(scene.getSet())));
            }
            ids.add(element(dayNight, "time-of-day", scene.getTimeOfDay().name(), scene.getTimeOfDay().name(),
                    seasonCreated));
            if (scene.getStoryDay() != null) {
                ids.add(element(storyDays, "story-day", scene.getStoryDay(),
                        text("schedule.uss.story-day", scene.getStoryDay()), seasonCreated));
            }
            ids.add(element(episodes, "episode", scene.getEpisode().getId(), scene.getEpisode().getNumber(),
                    created(scene.getEpisode())));
            castByScene.getOrDefault(scene.getId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(SceneAppearance::castId))
                    .map(a -> castElement(a.castId()))
                    .distinct().forEach(ids::add);
            numbersByScene.getOrDefault(scene.getId(), List.of()).stream()
                    .map(link -> numberElement(numbers, link, danceNumbers.get(link.danceNumberId()), seasonCreated))
                    .distinct().forEach(ids::add);
            elementsByScene.getOrDefault(scene.getId(), List.of()).stream()
                    .filter(link -> elementCategories.containsKey(link.categoryId()))
                    .map(link -> element(elementCategories.get(link.categoryId()), "element", link.elementId(),
                            link.elementName(), seasonCreated))
                    .distinct().forEach(ids::add);
            breakdowns.add(new UssDocument.Breakdown(id("scene", scene.getId()), null, blankToNull(scene.getNotes()),
                    created(scene), blankToNull(scene.getSynopsis()), List.copyOf(ids), scene.getEighths() / 8.0,
                    scene.getNumber(), null, null, "scene"));
        }
        return breakdowns;
    }

    /** Characters join the seeded "Cast" category when it is there, so one category carries UCID 100. */
    private String castCategory() {
        return source.elementCategories().stream().filter(c -> "cast".equals(c.getSeedKey())).findFirst()
                .map(c -> category(id("category", c.getId()), CAST, c.displayName(source.messages(), source.locale()),
                        created(c)))
                .orElseGet(() -> category(CAST, text("schedule.uss.category.cast"), created(source.season())));
    }

    /** Coulisse's element categories: a seeded one keeps its UCID, the others are custom action categories. */
    private Map<Long, String> elementCategories() {
        Map<Long, String> ids = new HashMap<>();
        int custom = DANCE_NUMBERS + 1;
        for (ElementCategory category : source.elementCategories()) {
            Integer ucid = category.getSeedKey() == null ? null : SEEDED_UCIDS.get(category.getSeedKey());
            ids.put(category.getId(), category(id("category", category.getId()), ucid == null ? custom++ : ucid,
                    category.displayName(source.messages(), source.locale()), created(category)));
        }
        return ids;
    }

    /** The standard's own category of {@code ucid}, under Coulisse's name for it. */
    private String category(int ucid, String name, String created) {
        return category(id("category", "ucid", ucid), ucid, name, created);
    }

    private String category(String id, int ucid, String name, String created) {
        if (categories.stream().noneMatch(c -> c.id().equals(id))) {
            categories.add(new UssDocument.Category(id, created, name, ucid));
        }
        return id;
    }

    /** A scene-wide or catalogue element: on no Day Out of Days, no board ID. */
    private String element(String category, String kind, Object key, String name, String created) {
        String id = id("element", kind, key);
        elements.computeIfAbsent(id, k -> new UssDocument.Element(id, category, created, List.of(), 0, null, null,
                false, false, false, false, List.of(), name, null, null));
        return id;
    }

    /**
     * A performer, in a scene or called to a rehearsal or fitting: board ID is the cast ID; on the DOOD with drops
     * and holds, as Coulisse's DOOD counts them.
     */
    private String castElement(int castId) {
        String id = id("element", "cast", castId);
        StoryCharacter character = characters.get(castId);
        elements.computeIfAbsent(id, k -> new UssDocument.Element(id, castCategory(),
                character == null ? created(source.season()) : created(character), List.of(),
                source.plan().dropPickupMinDays(), String.valueOf(castId), null, true, true, true, true, List.of(),
                character == null ? String.valueOf(castId) : character.getName(),
                character == null ? null : blankToNull(character.getPerformer()), null));
        return id;
    }

    /** A dance number (custom category 500), linked to its principal dancers, with its call-sheet fields. */
    private String numberElement(String category, DanceLink link, DanceNumberDetails number, String seasonCreated) {
        String id = numberId(link.danceNumberId());
        if (!elements.containsKey(id)) {
            List<String> dancers = number == null ? List.of()
                    : number.principalDancers().stream().map(d -> castElement(d.castId())).toList();
            elements.put(id, new UssDocument.Element(id, category, seasonCreated, List.of(), 0, null, null, false,
                    false, false, false, dancers, link.title(), null, number == null ? null
                    : new UssDocument.DanceNumber(blankToNull(number.choreographer()), music(number),
                    number.musicSource() == null ? null : number.musicSource().label(), number.durationSeconds(),
                    number.ensembleSize(), number.shoesPerDancer(), blankToNull(number.costumeNotes()))));
        }
        return id;
    }

    private static String music(DanceNumberDetails number) {
        String music = Stream.of(number.composer(), number.piece()).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
        return music.isEmpty() ? null : music;
    }

    /** Performers' own events: their rehearsal and fitting calls. */
    private UssDocument.Element withEvents(UssDocument.Element e) {
        List<UssDocument.Event> events = elementEvents.get(e.id());
        if (events == null && e.elementId() == null) {
            return e;
        }
        return new UssDocument.Element(e.id(), e.category(), e.created(), e.daysOff(), e.dropDayCount(),
                e.elementId(), events == null ? List.of() : List.copyOf(events), e.isDood(), e.isDrop(), e.isHold(),
                e.isIdLock(), e.linkedElements(), e.name(), e.performer(), e.danceNumber());
    }

    /**
     * The unit's calendar. The standard infers a day's date from the start and the days skipped, so every date
     * between the first and the last shoot day that is no shoot day is skipped: by weekday when the unit never
     * shoots that weekday, else by a "dayOff" event. Travel and rehearsal days, rehearsal and fitting calls are
     * events too.
     */
    private UssDocument.Calendar calendar(ProductionPlan.Unit unit) {
        ZoneId zone = unit.timeZone();
        List<ProductionPlan.BoardDay> days = source.plan().days().stream().filter(d -> d.unitId() == unit.id())
                .sorted(Comparator.comparing(ProductionPlan.BoardDay::date)).toList();
        List<ProductionPlan.BoardDay> shootDays = days.stream().filter(d -> d.type() == DayType.SHOOT).toList();
        Set<DayOfWeek> shot = shootDays.stream().map(d -> d.date().getDayOfWeek())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        Set<DayOfWeek> week = source.workingWeeks().getOrDefault(unit.id(), EnumSet.allOf(DayOfWeek.class));
        List<Integer> weekdaysOff = EnumSet.allOf(DayOfWeek.class).stream()
                .filter(day -> !week.contains(day) && !shot.contains(day)).map(day -> day.getValue() % 7).toList();

        List<UssDocument.Event> events = new ArrayList<>();
        String calendarId = id("calendar", unit.id());
        if (!shootDays.isEmpty()) {
            LocalDate first = shootDays.getFirst().date();
            LocalDate last = shootDays.getLast().date();
            events.add(new UssDocument.Event(id("start", unit.id()), day(first, zone), "start", null));
            Map<LocalDate, ProductionPlan.BoardDay> byDate = new TreeMap<>();
            days.forEach(d -> byDate.put(d.date(), d));
            for (LocalDate date = first; date.isBefore(last); date = date.plusDays(1)) {
                ProductionPlan.BoardDay day = byDate.get(date);
                boolean shoots = day != null && day.type() == DayType.SHOOT;
                if (!shoots && !weekdaysOff.contains(date.getDayOfWeek().getValue() % 7)) {
                    events.add(new UssDocument.Event(id("day-off", unit.id(), date), day(date, zone), "dayOff",
                            day != null && day.type() == DayType.HOLIDAY ? "holiday" : "dayOff"));
                }
            }
        }
        for (ProductionPlan.BoardDay day : days) {
            if (day.type() == DayType.TRAVEL || day.type() == DayType.REHEARSAL) {
                events.add(new UssDocument.Event(id("day", day.id()), day(day.date(), zone), "event",
                        day.type() == DayType.TRAVEL ? "travel" : "rehearsal"));
            }
        }
        for (ProductionPlan.Call call : source.plan().calls()) {
            if (call.unitName().equals(unit.name())) {
                List<String> dancers = call.castIds().stream().map(this::castElement).toList();
                String numberId = numberId(call.numberId());
                events.add(new UssDocument.Event(id("rehearsal", call.id()), at(call.date(), call.start(), zone),
                        "event", "rehearsal", new UssDocument.Call(call.start().toString(), call.minutes(),
                        blankToNull(call.studio()), elements.containsKey(numberId) ? numberId : null, dancers,
                        call.numberTitle())));
                dancers.forEach(dancer -> elementEvents.computeIfAbsent(dancer, k -> new ArrayList<>()).add(
                        new UssDocument.Event(id("rehearsal", call.id(), dancer), at(call.date(), call.start(), zone),
                                "event", "rehearsal")));
            }
        }
        for (ProductionPlan.Fitting fitting : source.plan().fittings()) {
            if (fitting.unitName().equals(unit.name())) {
                List<String> called = List.of(castElement(fitting.castId()));
                events.add(new UssDocument.Event(id("fitting", fitting.id()), at(fitting.date(), fitting.start(), zone),
                        "event", "fitting", new UssDocument.Call(fitting.start().toString(), fitting.minutes(), null,
                        null, called, blankToNull(fitting.note()))));
                called.forEach(p -> elementEvents.computeIfAbsent(p, k -> new ArrayList<>()).add(
                        new UssDocument.Event(id("fitting", fitting.id(), p), at(fitting.date(), fitting.start(), zone),
                                "event", "fitting")));
            }
        }
        return new UssDocument.Calendar(calendarId, weekdaysOff, events, unit.name(), zone.getId());
    }

    /**
     * The unit's scenario: its shoot days as one array each (an empty day stays, so the day count holds), the other
     * units' strips as flat boards named after them, and the boneyard; together every breakdown once.
     */
    private UssDocument.Stripboard stripboard(ProductionPlan.Unit unit, String calendarId) {
        List<UssDocument.Board> boards = new ArrayList<>();
        List<Object> days = source.plan().days().stream()
                .filter(d -> d.unitId() == unit.id() && d.type() == DayType.SHOOT)
                .map(d -> (Object) d.strips().stream().map(s -> id("scene", s.sceneId())).toList()).toList();
        boards.add(new UssDocument.Board(id("board", unit.id()), "stripboard", days));
        for (ProductionPlan.Unit other : source.plan().units()) {
            if (other.id() != unit.id()) {
                List<Object> strips = source.plan().days().stream().filter(d -> d.unitId() == other.id())
                        .flatMap(d -> d.strips().stream()).map(s -> (Object) id("scene", s.sceneId())).toList();
                boards.add(new UssDocument.Board(id("board", unit.id(), other.id()), other.name(), strips));
            }
        }
        boards.add(new UssDocument.Board(id("boneyard", unit.id()), "boneyard", source.plan().boneyard().stream()
                .map(s -> (Object) id("scene", s.sceneId())).toList()));
        return new UssDocument.Stripboard(id("stripboard", unit.id()), boards, calendarId, unit.name());
    }

    private String numberId(long numberId) {
        return id("element", "dance-number", numberId);
    }

    /**
     * A stable id: a name-based UUID of the kind and keys, seeded with the series' id and creation time, so a
     * second export gives the same ids (an importer can match them) and another installation gives others.
     */
    private String id(Object... parts) {
        String name = idSeed + Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining(":"));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A date as the standard writes it: the instant its day starts where the unit is. */
    private static String day(LocalDate date, ZoneId zone) {
        return ISO.format(date.atStartOfDay(zone));
    }

    private static String at(LocalDate date, LocalTime time, ZoneId zone) {
        return ISO.format(date.atTime(time).atZone(zone));
    }

    private String created(AuditedEntity entity) {
        return ISO.format(entity.getCreatedAt() == null ? source.now() : entity.getCreatedAt());
    }

    private String text(String key, Object... arguments) {
        return source.messages().get(key, source.locale(), arguments);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
