package app.coulisse.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.dance.DanceService;
import app.coulisse.export.BreakdownExportService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.schedule.CallDraft;
import app.coulisse.schedule.RehearsalService;
import app.coulisse.schedule.ShootDay;
import app.coulisse.schedule.ShootDayService;
import app.coulisse.schedule.StripRef;
import app.coulisse.schedule.StripboardService;
import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import app.coulisse.season.SeasonService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Blue pages change scene 1: what they touch names its dance number, element and characters, the tag whose words
 * they cut, the shoot day holding the scene and the rehearsal call of its number — on screen and in the Changes sheet.
 */
class RevisionReachTest extends SpringAppTest {

    @Autowired
    RevisionReachService reachService;
    @Autowired
    HighlightService highlights;
    @Autowired
    ScreenplayImportService importService;
    @Autowired
    ScriptTextService scriptText;
    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    DanceService danceService;
    @Autowired
    app.coulisse.cast.CastService castService;
    @Autowired
    BreakdownService breakdownService;
    @Autowired
    ShootDayService shootDays;
    @Autowired
    StripboardService stripboard;
    @Autowired
    RehearsalService rehearsals;
    @Autowired
    BreakdownExportService exportService;

    private long episode;

    @BeforeEach
    void aTaggedAndScheduledEpisode() {
        actAs("writer", "WRITER");
        episode = seasonService.createEpisode("172", "Portée").getId();
        importService.commit(episode, "white.fountain", bytes(HighlightServiceTest.WHITE), ImportMode.APPEND, Set.of());
        long wardrobe = breakdownService.categories().stream().filter(c -> "Wardrobe".equals(c.getName())).findFirst()
                .orElseThrow().getId();
        long scene1 = scene("1").getId();
        StoredElement action = scriptText.sceneText(scene1).stream().filter(e -> e.text().contains("waltz"))
                .findFirst().orElseThrow();
        int waltz = action.text().indexOf("waltz");
        Highlight number = highlights.highlight(scene1, new Selection(scene1, action.id(), waltz, scene1, action.id(),
                waltz + 5), new TagTarget.DanceNumber(null, "ZZ Barre waltz", null));
        int shoes = action.text().indexOf("pointe shoes");
        highlights.highlight(scene1, new Selection(scene1, action.id(), shoes, scene1, action.id(), shoes + 12),
                new TagTarget.Element(null, wardrobe, "ZZ pointe shoes", 1, null));
        long marisol = castService.sceneCast(scene1).getFirst().characterId();
        actAs("production", "PRODUCTION");
        int season = seasonService.episode(episode).getSeason().getNumber();
        long unit = shootDays.addUnit(season, "ZZ Unit", "#1E88E5", "US", ZoneId.of("America/New_York"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)).getId();
        List<ShootDay> days = shootDays.addDays(unit, LocalDate.of(2031, 3, 3), 2);
        stripboard.moveStrips(List.of(new StripRef(scene1, StripRef.IN_BONEYARD)), days.get(1).getId(), 0);
        stripboard.moveStrips(List.of(new StripRef(scene("2").getId(), StripRef.IN_BONEYARD)), days.get(0).getId(), 0);
        rehearsals.addRehearsalCall(season, number.targetId(), new CallDraft(LocalDate.of(2031, 2, 24),
                LocalTime.of(10, 0), 120, "Studio B", null, false, Set.of(marisol), unit));
        actAs("writer", "WRITER");
        importService.revise(episode, "blue.fountain", bytes(HighlightServiceTest.BLUE), false);
    }

    @Test
    void the_current_revision_touches_the_tags_schedule_and_calls_of_the_scene_it_changed() {
        RevisionReach reach = reachService.current(episode);

        assertThat(reach.scenes()).containsExactly("1");
        assertThat(reach.danceNumbers()).containsExactly(new RevisionReach.Touched("ZZ Barre waltz", List.of("1")));
        assertThat(reach.elements()).extracting(RevisionReach.Touched::name, RevisionReach.Touched::scenes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ZZ pointe shoes", List.of("1")));
        assertThat(reach.elements().getFirst().categoryId()).isNotNull();
        assertThat(reach.characters()).extracting(RevisionReach.Touched::name).singleElement().asString()
                .contains("MARISOL");
        assertThat(reach.flagged()).extracting(Highlight::words).containsExactly("waltz");
        assertThat(reach.shootDays()).extracting(RevisionReach.Day::date, RevisionReach.Day::scenes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 4), List.of("1")));
        assertThat(reach.rehearsals()).extracting(RevisionReach.Rehearsal::danceNumber)
                .containsExactly("ZZ Barre waltz");
    }

    @Test
    void the_changes_sheet_says_what_the_revision_touches_in_the_workbooks_language() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exportService.writeEpisodeWorkbook(episode, Locale.FRENCH, out);

        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            DataFormatter formatter = new DataFormatter();
            for (Row row : workbook.getSheet("Modifications")) {
                lines.add(row.getCell(0) == null ? "" : formatter.formatCellValue(row.getCell(0)));
            }
        }
        assertThat(lines).contains("Ce que touche cette révision", "Séquences modifiées : 1", "Numéros dansés",
                "ZZ Barre waltz – séq. 1",
                "Balises dont les mots ont été coupés", "Séq. 1 : ZZ Barre waltz – « waltz »",
                "Jours de tournage de ces séquences", "Répétitions de ces numéros dansés");
        assertThat(lines).anyMatch(line -> line.startsWith("04/03/2031 – ZZ Unit, jour 2 – séq. 1"));
    }

    @Test
    void the_preview_of_the_next_revision_says_what_it_would_touch_before_anything_is_written() {
        byte[] pink = bytes(HighlightServiceTest.BLUE.replace("water tower", "moon"));

        List<String> changed = importService.previewRevision(episode, "pink.fountain", pink).changed().stream()
                .map(app.coulisse.screenplay.RevisionImport.ChangedScene::number).toList();
        RevisionReach reach = reachService.preview(episode, changed, List.of());

        assertThat(reach.scenes()).containsExactly("2");
        assertThat(reach.shootDays()).extracting(RevisionReach.Day::date)
                .containsExactly(LocalDate.of(2031, 3, 3));
        assertThat(reach.danceNumbers()).isEmpty();
        assertThat(reachService.current(episode).scenes()).containsExactly("1");
    }

    private Scene scene(String number) {
        return outlineService.scenes(episode).stream().filter(s -> number.equals(s.getNumber())).findFirst()
                .orElseThrow();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
