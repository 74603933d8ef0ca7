package app.coulisse.callsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.core.DomainException;
import app.coulisse.schedule.DayType;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionExportService;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.ShootDay;
import app.coulisse.schedule.ShootDayService;
import app.coulisse.schedule.ShootUnit;
import app.coulisse.schedule.StripboardService;
import app.coulisse.season.SeasonService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A shoot day's call sheet through the services: drafted from the board, edited, published, revised, printed. */
class CallSheetServiceTest extends SpringAppTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Autowired
    CallSheetService callSheets;
    @Autowired
    ShootingLocationService locations;
    @Autowired
    ShootDayService shootDays;
    @Autowired
    StripboardService stripboard;
    @Autowired
    ProductionPlanService plans;
    @Autowired
    SeasonService seasonService;
    @Autowired
    ProductionExportService export;

    int season;
    ShootDay first;
    ShootDay second;
    List<ProductionPlan.Strip> boarded;

    @BeforeEach
    void aBoardedDay() {
        actAs("production", "PRODUCTION");
        season = seasonService.currentSeason().getNumber();
        ShootUnit unit = shootDays.addUnit(season, "Call sheet unit", "#FFAB91", "FR", ShootUnit.DEFAULT_TIME_ZONE,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        first = shootDays.addDay(unit.getId(), MONDAY, DayType.SHOOT);
        second = shootDays.addDay(unit.getId(), MONDAY.plusDays(1), DayType.SHOOT);
        List<ProductionPlan.Strip> all = new ArrayList<>(plans.plan(season).scheduled());
        ProductionPlan.Strip dancing = all.stream().filter(s -> !s.danceNumberIds().isEmpty() && !s.castIds().isEmpty())
                .findFirst().orElseThrow();
        all.remove(dancing);
        boarded = List.of(dancing, all.get(0), all.get(1));
        stripboard.moveStrips(boarded.stream().map(ProductionPlan.Strip::ref).toList(), first.getId(), -1);
        stripboard.moveStrips(List.of(all.get(2).ref()), second.getId(), -1);
    }

    /** Forgets the demo's records of the day's locations: the scenes still name them, with no address. */
    private void forgetTheDaysLocations() {
        List<String> names = callSheets.callSheet(season, first.getId()).draft().locations().stream()
                .map(CallSheetContent.Location::name).toList();
        locations.locations(season).stream().filter(location -> names.contains(location.getName()))
                .forEach(location -> locations.delete(location.getId()));
    }

    /** Gives every location of the day an address and a position in Paris, where the test unit shoots. */
    private void addressEveryLocation() {
        forgetTheDaysLocations();
        callSheets.callSheet(season, first.getId()).draft().locations().forEach(location -> {
            ShootingLocation draft = ShootingLocation.draft();
            draft.setName(location.name());
            draft.setAddress("1 rue de la Paix, Paris");
            draft.setHospital("Hôpital Lariboisière");
            draft.setLatitude(48.8566);
            draft.setLongitude(2.3522);
            locations.save(season, null, 0, draft);
        });
    }

    @Test
    void the_draft_lists_the_days_scenes_in_shooting_order_with_cast_times_proposed_from_the_shooting_call() {
        CallSheetState state = callSheets.callSheet(season, first.getId());
        CallSheetContent draft = state.draft();
        assertThat(draft.scenes()).extracting(CallSheetContent.SceneLine::label)
                .containsExactlyElementsOf(boarded.stream().map(ProductionPlan.Strip::label).toList());
        assertThat(draft.eighths()).isEqualTo(boarded.stream().mapToInt(ProductionPlan.Strip::eighths).sum());
        assertThat(draft.dayNumber()).isEqualTo(1);
        assertThat(draft.dayCount()).isEqualTo(2);
        assertThat(draft.shootingCall()).isEqualTo(LocalTime.of(8, 0));
        assertThat(draft.crewCall()).isEqualTo(LocalTime.of(7, 0));
        assertThat(draft.cast()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.pickUp()).isEqualTo(LocalTime.of(6, 0));
            assertThat(line.makeUp()).isEqualTo(LocalTime.of(6, 30));
            assertThat(line.wardrobe()).isEqualTo(LocalTime.of(7, 15));
            assertThat(line.onSet()).isEqualTo(LocalTime.of(7, 45));
            assertThat(line.dood()).isNotEmpty();
        });
        assertThat(draft.cast()).extracting(CallSheetContent.CastLine::castId)
                .containsAll(boarded.getFirst().castIds());
        assertThat(draft.dances()).extracting(CallSheetContent.DanceLine::title)
                .containsAll(boarded.getFirst().danceTitles());
        assertThat(draft.advance().scenes()).hasSize(1);
        assertThat(state.published()).isNull();
    }

    @Test
    void a_location_without_an_address_stops_the_publish_and_sun_times_come_with_a_position() {
        forgetTheDaysLocations();
        assertThatThrownBy(() -> callSheets.publish(season, first.getId()))
                .isInstanceOf(DomainException.class).hasMessage("callsheet.problem.no-address");
        addressEveryLocation();
        CallSheetContent draft = callSheets.callSheet(season, first.getId()).draft();
        // Paris on 1 March: the sun rises near 07:30 and sets near 18:30.
        assertThat(draft.locations()).isNotEmpty().allSatisfy(location -> {
            assertThat(location.sunrise()).isBetween(LocalTime.of(7, 15), LocalTime.of(7, 45));
            assertThat(location.sunset()).isBetween(LocalTime.of(18, 15), LocalTime.of(18, 45));
        });
        assertThat(callSheets.publish(season, first.getId()).version()).isEqualTo(1);
    }

    @Test
    void a_call_after_the_shooting_call_is_refused_and_leaves_the_sheet_as_it_was() {
        int castId = boarded.getFirst().castIds().getFirst();
        callSheets.setCalls(season, first.getId(), LocalTime.of(6, 30), LocalTime.of(7, 30));
        assertThatThrownBy(() -> callSheets.setCalls(season, first.getId(), LocalTime.of(9, 0), LocalTime.of(8, 0)))
                .isInstanceOf(DomainException.class).hasMessage("callsheet.crew-call.after-shooting-call");
        assertThatThrownBy(() -> callSheets.setCastTimes(season, first.getId(),
                new CastTimes(castId, LocalTime.of(8, 0), null, null, null)))
                .isInstanceOf(DomainException.class).hasMessage("callsheet.cast-time.after-shooting-call");
        CallSheetContent draft = callSheets.callSheet(season, first.getId()).draft();
        assertThat(draft.crewCall()).isEqualTo(LocalTime.of(6, 30));
        assertThat(draft.cast().stream().filter(c -> c.castId() == castId).findFirst().orElseThrow().pickUp())
                .isEqualTo(LocalTime.of(5, 30));
    }

    @Test
    void notes_longer_than_the_sheet_declares_are_refused_with_the_limit_and_leave_the_notes_as_they_were() {
        callSheets.setNotes(season, first.getId(), "Rain cover: studio B.");
        assertThatThrownBy(() -> callSheets.setNotes(season, first.getId(), "n".repeat(CallSheetService.NOTES_MAX + 1)))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("callsheet.notes.too-long");
                    assertThat(refused.getArguments()).startsWith(CallSheetService.NOTES_MAX);
                });
        assertThat(callSheets.callSheet(season, first.getId()).draft().notes()).isEqualTo("Rain cover: studio B.");
    }

    @Test
    void a_day_without_scenes_cannot_be_published() {
        stripboard.moveToBoneyard(List.of(plans.plan(season).days().stream().filter(d -> d.id() == second.getId())
                .findFirst().orElseThrow().strips().getFirst().ref()));
        assertThatThrownBy(() -> callSheets.publish(season, second.getId()))
                .isInstanceOf(DomainException.class).hasMessage("callsheet.problem.no-scenes");
    }

    @Test
    void a_scene_moved_off_a_published_day_marks_it_out_of_date_and_a_revision_says_what_changed() {
        addressEveryLocation();
        int castId = boarded.getFirst().castIds().getFirst();
        callSheets.setCastTimes(season, first.getId(), new CastTimes(castId, LocalTime.of(5, 45), null, null, null));
        PublishedCallSheet one = callSheets.publish(season, first.getId());
        assertThat(callSheets.callSheet(season, first.getId()).outOfDate()).isFalse();
        assertThatThrownBy(() -> callSheets.publish(season, first.getId()))
                .isInstanceOf(DomainException.class).hasMessage("callsheet.publish.unchanged");

        ProductionPlan.Strip last = plans.plan(season).days().stream().filter(d -> d.id() == first.getId())
                .findFirst().orElseThrow().strips().getLast();
        stripboard.moveToBoneyard(List.of(last.ref()));

        CallSheetState state = callSheets.callSheet(season, first.getId());
        assertThat(state.outOfDate()).isTrue();
        assertThat(state.published().content()).isEqualTo(one.content());
        assertThat(state.pending()).contains(new Change(ChangeKind.SCENE_REMOVED, last.label(), "", ""));
        PublishedCallSheet two = callSheets.publish(season, first.getId());
        assertThat(two.version()).isEqualTo(2);
        assertThat(two.changes()).extracting(Change::kind).contains(ChangeKind.SCENE_REMOVED);
        assertThat(two.content().scenes()).hasSize(2);
        assertThat(callSheets.callSheet(season, first.getId()).outOfDate()).isFalse();
    }

    @Test
    void a_writer_can_neither_read_nor_publish_a_call_sheet() {
        actAs("writer", "WRITER");
        assertThatThrownBy(() -> callSheets.publish(season, first.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> callSheets.callSheet(season, first.getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_pdf_reads_back_with_the_scenes_cast_times_and_dance_numbers_in_english_and_in_french() throws IOException {
        addressEveryLocation();
        int castId = boarded.getFirst().castIds().getFirst();
        callSheets.setCastTimes(season, first.getId(), new CastTimes(castId, LocalTime.of(5, 40), null, null, null));
        callSheets.publish(season, first.getId());
        CallSheetContent content = callSheets.callSheet(season, first.getId()).draft();

        String english = text(season, first.getId(), Locale.ENGLISH);
        boarded.forEach(strip -> assertThat(english).contains(strip.label()));
        content.cast().forEach(line -> assertThat(english).contains(line.character()));
        assertThat(english).contains("05:40", "06:30", "07:15", "07:45", "Crew call 07:00", "Shooting call 08:00",
                "Version 1", "Day 1 of 2", "Sunrise 07:");
        content.dances().forEach(dance -> assertThat(english).contains(dance.title()));

        String french = text(season, first.getId(), Locale.FRENCH);
        assertThat(french).contains("Convocation équipe 07:00", "Jour 1 sur 2", "NUMÉROS DANSÉS DU JOUR",
                "lundi 1 mars 2027", "Lieu de tournage");
    }

    @Test
    void a_performers_calendar_carries_the_call_published_not_the_draft() {
        addressEveryLocation();
        int castId = boarded.getFirst().castIds().getFirst();
        callSheets.setCastTimes(season, first.getId(), new CastTimes(castId, LocalTime.of(5, 50), null, null, null));
        assertThat(export.calendar(season, castId)).doesNotContain("call 05:50");
        callSheets.publish(season, first.getId());
        callSheets.setCastTimes(season, first.getId(), new CastTimes(castId, LocalTime.of(5, 20), null, null, null));
        assertThat(export.calendar(season, castId)).contains("Shoot day 1 — Call sheet unit — call 05:50")
                .doesNotContain("05:20");
    }

    @Test
    void the_production_workbook_has_the_call_sheets_calls_for_the_office_and_not_for_a_writer() throws IOException {
        addressEveryLocation();
        int castId = boarded.getFirst().castIds().getFirst();
        callSheets.setCastTimes(season, first.getId(), new CastTimes(castId, LocalTime.of(5, 35), null, null, null));
        callSheets.publish(season, first.getId());
        try (XSSFWorkbook workbook = workbook()) {
            Sheet sheet = workbook.getSheet("Call sheets");
            assertThat(sheet).isNotNull();
            boolean found = false;
            for (Row row : sheet) {
                found |= row.getCell(2).getStringCellValue().equals("Call sheet unit")
                        && row.getCell(6).getStringCellValue().equals(String.valueOf(castId))
                        && row.getCell(10).getStringCellValue().equals("05:35")
                        && row.getCell(3).getStringCellValue().equals("1");
            }
            assertThat(found).isTrue();
        }
        actAs("writer", "WRITER");
        try (XSSFWorkbook workbook = workbook()) {
            assertThat(workbook.getSheet("Call sheets")).isNull();
            assertThat(workbook.getSheet("Day out of days")).isNotNull();
        }
    }

    private XSSFWorkbook workbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeProductionWorkbook(season, Locale.ENGLISH, out);
        return new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()));
    }

    private String text(int season, long dayId, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        callSheets.writePdf(season, dayId, false, List.of(locale), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isBetween(1, 2);
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
