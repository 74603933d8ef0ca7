package app.coulisse.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.season.SeasonService;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The season as a Universal Schedule Standard file, read back as a crew app would read it. */
class UssExportTest extends SpringAppTest {

    @Autowired
    UssExportService uss;
    @Autowired
    ProductionPlanService plans;
    @Autowired
    ShootDayService shootDays;
    @Autowired
    SeasonService seasonService;
    @Autowired
    JsonMapper json;

    int season;

    @BeforeEach
    void asTheOffice() {
        actAs("production", "PRODUCTION");
        season = seasonService.currentSeason().getNumber();
    }

    private JsonNode export() {
        return json.readTree(json.writeValueAsString(uss.document(season))).get("universalScheduleStandard");
    }

    @Test
    void the_export_of_the_demo_season_passes_the_schema_written_from_the_standard() {
        String text = json.writeValueAsString(uss.document(season));
        assertThat(UssSchema.problems(text)).isEmpty();
        JsonNode root = json.readTree(text).get("universalScheduleStandard");
        assertThat(root.get("ussVersion").asString()).isEqualTo("1.0.0");
        assertThat(root.get("source").asString()).isEqualTo("Coulisse");
        assertThat(root.get("author").asString()).isEqualTo("production");
        assertThat(root.get("episode").isNull()).as("every key written, null when empty").isTrue();
    }

    @Test
    void every_stripboard_holds_every_breakdown_once_and_every_reference_resolves() {
        JsonNode root = export();
        Set<String> breakdowns = ids(root.get("breakdowns"));
        Set<String> elements = ids(root.get("elements"));
        Set<String> categories = ids(root.get("categories"));
        Set<String> calendars = ids(root.get("calendars"));
        assertThat(breakdowns).hasSize(plans.plan(season).scheduled().size() + plans.plan(season).boneyard().size());
        for (JsonNode stripboard : root.get("stripboards")) {
            List<String> onBoards = new ArrayList<>();
            stripboard.get("boards").forEach(board -> board.get("breakdownIds").forEach(item -> {
                if (item.isArray()) {
                    item.forEach(id -> onBoards.add(id.asString()));
                } else {
                    onBoards.add(item.asString());
                }
            }));
            assertThat(onBoards).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(breakdowns);
            assertThat(calendars).contains(stripboard.get("calendar").asString());
        }
        root.get("breakdowns").forEach(b -> b.get("elements").forEach(e -> assertThat(elements).contains(e.asString())));
        root.get("elements").forEach(e -> assertThat(categories).contains(e.get("category").asString()));
        List<String> every = new ArrayList<>();
        List.of("breakdowns", "categories", "elements", "stripboards", "calendars")
                .forEach(key -> root.get(key).forEach(o -> every.add(o.get("id").asString())));
        root.get("calendars").forEach(c -> c.get("events").forEach(e -> every.add(e.get("id").asString())));
        assertThat(every).as("every object its own id").doesNotHaveDuplicates();
    }

    @Test
    void the_shoot_dates_read_from_each_calendar_are_the_units_shoot_days_with_a_holiday_and_a_saturday() {
        ProductionPlan plan = plans.plan(season);
        ProductionPlan.Unit paris = plan.units().getFirst();
        List<ProductionPlan.BoardDay> parisShoot = plan.days().stream()
                .filter(d -> d.unitId() == paris.id() && d.type() == DayType.SHOOT).toList();
        // The last day a week later: a holiday where it was, plain gaps around it, and a Saturday shoot after it.
        LocalDate last = parisShoot.getLast().date();
        shootDays.moveDay(parisShoot.getLast().id(), last.plusWeeks(1));
        shootDays.addDay(paris.id(), last, DayType.HOLIDAY);
        shootDays.addDay(paris.id(), last.plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.SATURDAY)),
                DayType.SHOOT);

        JsonNode root = export();
        ProductionPlan after = plans.plan(season);
        for (ProductionPlan.Unit unit : after.units()) {
            List<LocalDate> expected = after.days().stream()
                    .filter(d -> d.unitId() == unit.id() && d.type() == DayType.SHOOT).map(ProductionPlan.BoardDay::date)
                    .toList();
            JsonNode stripboard = byName(root.get("stripboards"), unit.name());
            JsonNode calendar = byId(root.get("calendars"), stripboard.get("calendar").asString());
            JsonNode days = byName(stripboard.get("boards"), "stripboard").get("breakdownIds");
            assertThat(days.size()).isEqualTo(expected.size());
            assertThat(inferredDates(calendar, days.size())).as(unit.name()).isEqualTo(expected);
        }
        JsonNode parisCalendar = byName(root.get("calendars"), paris.name());
        assertThat(parisCalendar.get("daysOff")).extracting(JsonNode::asInt).containsExactlyInAnyOrder(0);
        assertThat(parisCalendar.get("events")).anySatisfy(e -> {
            assertThat(e.get("type").asString()).isEqualTo("dayOff");
            assertThat(e.get("name").asString()).isEqualTo("holiday");
        });
    }

    @Test
    void each_shoot_day_is_one_array_of_its_scenes_in_shooting_order() {
        ProductionPlan plan = plans.plan(season);
        JsonNode root = export();
        Map<String, String> sceneNumbers = new HashMap<>();
        root.get("breakdowns").forEach(b -> sceneNumbers.put(b.get("id").asString(), b.get("scene").asString()));
        ProductionPlan.Unit unit = plan.units().getFirst();
        List<List<String>> expected = plan.days().stream().filter(d -> d.unitId() == unit.id() && d.type() == DayType.SHOOT)
                .map(d -> d.strips().stream().map(ProductionPlan.Strip::sceneNumber).toList()).toList();
        JsonNode days = byName(byName(root.get("stripboards"), unit.name()).get("boards"), "stripboard")
                .get("breakdownIds");
        List<List<String>> exported = StreamSupport.stream(days.spliterator(), false)
                .map(day -> StreamSupport.stream(day.spliterator(), false).map(id -> sceneNumbers.get(id.asString()))
                        .toList()).toList();
        assertThat(exported).isEqualTo(expected);
        assertThat(expected.getFirst()).isNotEmpty();
        assertThat(byName(byName(root.get("stripboards"), unit.name()).get("boards"), "boneyard").get("breakdownIds"))
                .hasSize(plan.boneyard().size());
    }

    @Test
    void heading_cast_dance_numbers_and_elements_are_elements_of_categories_with_their_ucid() {
        JsonNode root = export();
        Map<Integer, JsonNode> byUcid = new HashMap<>();
        root.get("categories").forEach(c -> byUcid.put(c.get("ucid").asInt(), c));
        assertThat(byUcid).containsKeys(UssExport.SET, UssExport.INT_EXT, UssExport.DAY_NIGHT, UssExport.CAST,
                UssExport.EPISODE, UssExport.DANCE_NUMBERS, 104, 106);
        assertThat(byUcid.keySet()).allSatisfy(ucid -> assertThat(ucid < 7 || (ucid >= 50 && ucid < 100)
                || (ucid >= 100 && ucid <= 126) || ucid >= 500).isTrue());

        String castCategory = byUcid.get(UssExport.CAST).get("id").asString();
        JsonNode lead = StreamSupport.stream(root.get("elements").spliterator(), false)
                .filter(e -> e.get("category").asString().equals(castCategory) && "1".equals(e.get("elementId").asString()))
                .findFirst().orElseThrow();
        assertThat(lead.get("isDood").asBoolean()).isTrue();
        assertThat(lead.get("_coulissePerformer").asString()).isNotBlank();
        assertThat(lead.get("events")).anySatisfy(e -> assertThat(e.get("name").asString()).isEqualTo("fitting"));

        String numbers = byUcid.get(UssExport.DANCE_NUMBERS).get("id").asString();
        JsonNode number = StreamSupport.stream(root.get("elements").spliterator(), false)
                .filter(e -> e.get("category").asString().equals(numbers)).findFirst().orElseThrow();
        assertThat(number.get("_coulisseDanceNumber").has("musicSource")).isTrue();
        assertThat(number.get("isDood").asBoolean()).isFalse();

        JsonNode scene = root.get("breakdowns").get(0);
        assertThat(scene.get("type").asString()).isEqualTo("scene");
        assertThat(scene.get("pages").asDouble() * 8).isEqualTo(Math.rint(scene.get("pages").asDouble() * 8));
    }

    @Test
    void rehearsal_and_fitting_calls_are_events_of_their_units_calendar_at_their_start() {
        ProductionPlan plan = plans.plan(season);
        ProductionPlan.Call call = plan.calls().getFirst();
        JsonNode calendar = byName(export().get("calendars"), call.unitName());
        JsonNode event = StreamSupport.stream(calendar.get("events").spliterator(), false)
                .filter(e -> "rehearsal".equals(e.get("name").asString()) && e.has("_coulisseCall")
                        && e.get("_coulisseCall").get("note").asString().equals(call.numberTitle())
                        && Instant.parse(e.get("date").asString())
                        .equals(call.date().atTime(call.start()).atZone(call.timeZone()).toInstant()))
                .findFirst().orElseThrow();
        assertThat(event.get("type").asString()).isEqualTo("event");
        assertThat(event.get("_coulisseCall").get("minutes").asInt()).isEqualTo(call.minutes());
        assertThat(event.get("_coulisseCall").get("elements")).hasSize(call.castIds().size());
        assertThat(calendar.get("_coulisseTimeZone").asString()).isEqualTo(call.timeZone().getId());
        assertThat(calendar.get("events")).anySatisfy(e -> assertThat(e.get("name").asString()).isEqualTo("fitting"));
    }

    @Test
    void two_exports_give_the_same_ids() {
        assertThat(ids(export().get("breakdowns"))).isEqualTo(ids(export().get("breakdowns")));
        assertThat(ids(export().get("elements"))).isEqualTo(ids(export().get("elements")));
    }

    @Test
    void a_writer_may_not_export_the_schedule() {
        actAs("writer", "WRITER");
        assertThatThrownBy(() -> uss.document(season)).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * The dates a reader of the standard gives the day arrays: from the start event, each date that is no weekday
     * off and no "dayOff" event is the next day.
     */
    private static List<LocalDate> inferredDates(JsonNode calendar, int days) {
        ZoneId zone = ZoneId.of(calendar.get("_coulisseTimeZone").asString());
        Set<Integer> weekdaysOff = new HashSet<>();
        calendar.get("daysOff").forEach(d -> weekdaysOff.add(d.asInt()));
        Set<LocalDate> off = new HashSet<>();
        LocalDate start = null;
        for (JsonNode event : calendar.get("events")) {
            LocalDate date = Instant.parse(event.get("date").asString()).atZone(zone).toLocalDate();
            switch (event.get("type").asString()) {
                case "start" -> start = date;
                case "dayOff" -> off.add(date);
                default -> { }
            }
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = start; dates.size() < days; date = date.plusDays(1)) {
            if (!weekdaysOff.contains(date.getDayOfWeek().getValue() % 7) && !off.contains(date)) {
                dates.add(date);
            }
        }
        return dates;
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> ids = new HashSet<>();
        array.forEach(o -> ids.add(o.get("id").asString()));
        return ids;
    }

    private static JsonNode byName(JsonNode array, String name) {
        return StreamSupport.stream(array.spliterator(), false).filter(o -> name.equals(o.get("name").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    private static JsonNode byId(JsonNode array, String id) {
        return StreamSupport.stream(array.spliterator(), false).filter(o -> id.equals(o.get("id").asString()))
                .findFirst().orElseThrow();
    }
}
