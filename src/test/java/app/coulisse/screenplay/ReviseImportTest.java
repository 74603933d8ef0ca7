package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.cast.CastService;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.core.DomainException;
import app.coulisse.dance.DanceLink;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceService;
import app.coulisse.export.BreakdownExportService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.revision.RevisionColour;
import app.coulisse.revision.RevisionService;
import app.coulisse.revision.SceneChangeView;
import app.coulisse.revision.SceneHistoryService;
import app.coulisse.season.SeasonService;
import java.math.BigDecimal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A broken-down episode takes its Blue pages in one revise import: one scene changed set, one only dialogue, one cut,
 * one inserted. Every tag survives, the cut scene is omitted with its tags, the new one is numbered by the outline's
 * rules, the four carry Blue, the preview listed exactly them, the Changes sheet lists them; a dry run changes
 * nothing; bad files are refused with nothing changed. Record 027.
 */
class ReviseImportTest extends SpringAppTest {

    static final String WHITE = """
            # ACT ONE

            INT. ZZ STUDIO ONE - DAY #1#

            ZEPHYRINE stretches at the barre.

            ZEPHYRINE
            One more time.

            EXT. ZZ ROOFTOP - NIGHT #2#

            BARTHOLOMEW
            The city sleeps.

            INT. ZZ DRESSING ROOM - NIGHT #3#

            ZEPHYRINE
            Where are my shoes?

            BARTHOLOMEW
            Under the chair.

            INT. ZZ CORRIDOR - DAY #4#

            ZEPHYRINE runs down the corridor.

            ZEPHYRINE
            Late again!

            EXT. ZZ STAGE DOOR - DAY #5#

            BARTHOLOMEW
            Goodnight.
            """;

    /** Scene 2 moves to the balcony, 3 changes a line, 4 is cut, a stairwell scene comes after 2. */
    static final String BLUE = """
            # ACT ONE

            INT. ZZ STUDIO ONE - DAY #1#

            ZEPHYRINE stretches at the barre.

            ZEPHYRINE
            One more time.

            EXT. ZZ BALCONY - NIGHT #2#

            BARTHOLOMEW
            The city sleeps.

            INT. ZZ STAIRWELL - NIGHT

            ZEPHYRINE
            Wait for me!

            INT. ZZ DRESSING ROOM - NIGHT #3#

            ZEPHYRINE
            Where are my shoes?

            BARTHOLOMEW
            Under the sofa.

            EXT. ZZ STAGE DOOR - DAY #5#

            BARTHOLOMEW
            Goodnight.
            """;

    @Autowired
    ScreenplayImportService importService;
    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    CastService castService;
    @Autowired
    DanceService danceService;
    @Autowired
    BreakdownService breakdownService;
    @Autowired
    RevisionService revisionService;
    @Autowired
    SceneHistoryService historyService;
    @Autowired
    BreakdownExportService exportService;
    @Autowired
    JdbcTemplate jdbc;

    private long episode;
    private long danceNumber;
    private long element;

    @BeforeEach
    void aBrokenDownEpisode() {
        actAs("writer", "WRITER");
        episode = seasonService.createEpisode("161", "Pages bleues").getId();
        importService.commit(episode, "white.fountain", bytes(WHITE), ImportMode.APPEND, Set.of());
        danceNumber = danceService.create(new DanceNumberDraft("Adage du toit", "classical", null, null, null, null,
                null, null, null, Set.of(), 0, BigDecimal.ZERO, null, null, null)).getId();
        long category = breakdownService.categories().stream().filter(c -> c.getName().equals("Props")).findFirst()
                .orElseThrow().getId();
        element = breakdownService.createElement(category, "ZZ pointe shoes").getId();
        for (String number : List.of("2", "3", "4")) {
            danceService.link(id(number), danceNumber, "excerpt " + number);
            breakdownService.tagElement(id(number), element, 2, null);
        }
        long zephyrine = characterId("Zephyrine");
        castService.tag(id("2"), zephyrine, false, true);
        actAs("showrunner", "SHOWRUNNER");
        outlineService.lockNumbers(episode);
        actAs("writer", "WRITER");
    }

    @Test
    void the_preview_lists_exactly_the_changed_new_and_omitted_scenes_and_changes_nothing() {
        List<Object> before = counts();

        RevisionImport preview = importService.previewRevision(episode, "blue.fountain", bytes(BLUE));

        assertThat(preview.revision()).isEqualTo("Blue");
        assertThat(preview.dryRun()).isTrue();
        assertThat(preview.unchanged()).extracting(RevisionImport.SceneLine::number).containsExactly("1", "5");
        assertThat(preview.changed()).extracting(RevisionImport.ChangedScene::number).containsExactly("2", "3");
        assertThat(preview.changed().get(0).fields())
                .containsExactly(new RevisionImport.FieldChange("set", "ZZ ROOFTOP", "ZZ BALCONY"));
        assertThat(preview.changed().get(1).fields()).extracting(RevisionImport.FieldChange::field)
                .containsExactly("text");
        assertThat(preview.changed().get(1).fields().getFirst().after())
                .isEqualTo("… BARTHOLOMEW Under the [-chair.-] {+sofa.+}");
        assertThat(preview.added()).containsExactly(new RevisionImport.SceneLine("2A", "INT. ZZ STAIRWELL - NIGHT", null));
        assertThat(preview.omitted()).extracting(RevisionImport.SceneLine::number).containsExactly("4");
        assertThat(preview.removedTags()).isEmpty();
        assertThat(preview.mostlyUnmatched()).isFalse();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void the_revision_keeps_every_tag_omits_the_cut_scene_numbers_the_new_one_and_marks_the_four_in_blue() {
        Map<String, Tags> tagsBefore = tagsByNumber();

        RevisionImport done = importService.revise(episode, "blue.fountain", bytes(BLUE), false);

        assertThat(done.dryRun()).isFalse();
        assertThat(done.revision()).isEqualTo("Blue");
        assertThat(outlineService.sceneNumbers(episode)).containsExactly("1", "2", "2A", "3", "4", "5");
        Scene cut = scene("4");
        assertThat(cut.isOmitted()).isTrue();
        for (String number : List.of("1", "2", "3", "4", "5")) {
            assertThat(tags(id(number))).as("tags of scene %s", number).isEqualTo(tagsBefore.get(number));
        }
        assertThat(scene("2").getSet().getName()).isEqualTo("ZZ BALCONY");
        assertThat(scene("2A").getSet().getName()).isEqualTo("ZZ STAIRWELL");
        assertThat(tags(id("2A")).cast()).containsExactly(castId("Zephyrine") + " S");

        Map<Long, RevisionColour> marks = revisionService.marks(episode);
        assertThat(marks.keySet()).containsExactlyInAnyOrder(id("2"), id("2A"), id("3"), id("4"));
        assertThat(marks.values()).extracting(RevisionColour::name).containsOnly("Blue");
        assertThat(revisionService.current(episode).colour().name()).isEqualTo("Blue");
        assertThat(revisionService.changedInCurrent(episode)).isEqualTo(marks.keySet());
        assertThat(historyService.history(id("2"))).extracting(SceneChangeView::kind, SceneChangeView::field,
                SceneChangeView::before, SceneChangeView::after, SceneChangeView::who)
                .contains(org.assertj.core.groups.Tuple.tuple("IMPORT", "set", "ZZ ROOFTOP", "ZZ BALCONY", "writer"));
        assertThat(historyService.history(id("4"))).extracting(SceneChangeView::kind).contains("OMIT", "IMPORT");
    }

    @Test
    void the_changes_sheet_lists_the_four_changed_scenes_and_the_rows_carry_blue() throws Exception {
        importService.revise(episode, "blue.fountain", bytes(BLUE), false);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exportService.writeEpisodeWorkbook(episode, Locale.ENGLISH, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet changes = workbook.getSheet("Changes");
            assertThat(changes).isNotNull();
            assertThat(text(changes.getRow(0), 0)).startsWith("Blue – ");
            Set<String> scenes = new java.util.TreeSet<>();
            // The change rows end at the blank row above what the revision touches (record 050).
            for (int row = 2; row <= changes.getLastRowNum() && !text(changes.getRow(row), 0).isEmpty(); row++) {
                scenes.add(text(changes.getRow(row), 0));
            }
            assertThat(scenes).containsExactly("2", "2A", "3", "4");
            assertThat(changes.getRow(changes.getLastRowNum()).getCell(0).getStringCellValue()).isNotEmpty();
            assertThat(rowsWith(changes, "2")).anyMatch(row -> text(row, 1).equals("Set (imported)")
                    && text(row, 2).equals("ZZ ROOFTOP") && text(row, 3).equals("ZZ BALCONY") && text(row, 4).equals("writer"));

            XSSFSheet oneLiner = workbook.getSheet("One-liner");
            int revisionColumn = oneLiner.getRow(0).getLastCellNum() - 1;
            assertThat(text(oneLiner.getRow(0), revisionColumn)).isEqualTo("Revision");
            Row scene2 = rowsWith(oneLiner, "2").get(0);
            assertThat(text(scene2, revisionColumn)).isEqualTo("Blue");
            assertThat(((XSSFCell) scene2.getCell(revisionColumn)).getCellStyle().getFillForegroundXSSFColor()
                    .getARGBHex()).endsWith("C6EDFE");
            assertThat(text(rowsWith(oneLiner, "1").get(0), revisionColumn)).isEmpty();
            // Every printed page names the revision it was printed from.
            for (int sheet = 0; sheet < workbook.getNumberOfSheets(); sheet++) {
                assertThat(workbook.getSheetAt(sheet).getFooter().getLeft()).startsWith("Blue · ");
            }
        }
    }

    @Test
    void the_french_workbook_names_the_revision_in_french() throws Exception {
        importService.revise(episode, "blue.fountain", bytes(BLUE), false);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exportService.writeEpisodeWorkbook(episode, Locale.FRENCH, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet oneLiner = workbook.getSheetAt(0);
            int revisionColumn = oneLiner.getRow(0).getLastCellNum() - 1;
            assertThat(text(rowsWith(oneLiner, "2").get(0), revisionColumn)).isEqualTo("Bleu");
            // The Changes sheet's title (the Cue sheet comes after it, record 055).
            assertThat(text(workbook.getSheet("Modifications").getRow(0), 0)).startsWith("Bleu – ");
            for (int sheet = 0; sheet < workbook.getNumberOfSheets(); sheet++) {
                assertThat(workbook.getSheetAt(sheet).getFooter().getLeft()).startsWith("Bleu · ");
            }
        }
    }

    @Test
    void a_dry_run_of_the_next_import_after_blue_offers_pink() {
        importService.revise(episode, "blue.fountain", bytes(BLUE), false);

        assertThat(importService.previewRevision(episode, "pink.fountain", bytes(BLUE.replace("sofa", "bed")))
                .revision()).isEqualTo("Pink");
        assertThat(importService.previewRevision(episode, "same.fountain", bytes(BLUE)).changed()).isEmpty();
    }

    @Test
    void a_character_who_no_longer_speaks_keeps_a_hand_tag_as_non_speaking_and_loses_a_tag_only_from_the_file() {
        long bartholomew = characterId("Bartholomew");
        castService.tag(id("3"), bartholomew, true, false); // touched by hand: stays
        String revised = WHITE.replace("BARTHOLOMEW\nUnder the chair.", "ZEPHYRINE\nUnder the chair.")
                .replace("BARTHOLOMEW\nGoodnight.", "ZEPHYRINE\nGoodnight.");

        RevisionImport preview = importService.previewRevision(episode, "revised.fountain", bytes(revised));
        assertThat(preview.removedTags()).containsExactly(
                new RevisionImport.RemovedTag("5", castId("Bartholomew") + ". BARTHOLOMEW"));
        importService.revise(episode, "revised.fountain", bytes(revised), false);

        assertThat(tags(id("3")).cast()).contains(castId("Bartholomew") + " N");
        assertThat(tags(id("5")).cast()).containsExactly(castId("Zephyrine") + " S");
    }

    @Test
    void an_unlocked_episode_matches_by_order_and_heading_and_numbers_a_new_scene_by_order() {
        long unlocked = seasonService.createEpisode("162", "Sans verrou").getId();
        importService.commit(unlocked, "white.fountain", bytes(WHITE), ImportMode.APPEND, Set.of());
        String revised = WHITE.replace("Where are my shoes?", "Where are my ribbons?")
                .replace("EXT. ZZ STAGE DOOR - DAY #5#", "EXT. ZZ STAGE DOOR - DAY #5#\n\n= The night ends.")
                + "\nINT. ZZ TAXI - NIGHT\n\nZEPHYRINE\nHome.\n";

        RevisionImport preview = importService.previewRevision(unlocked, "revised.fountain", bytes(revised));

        assertThat(preview.changed()).extracting(RevisionImport.ChangedScene::number).containsExactly("3", "5");
        assertThat(preview.changed().get(1).fields())
                .containsExactly(new RevisionImport.FieldChange("synopsis", null, "The night ends."));
        assertThat(preview.added()).containsExactly(new RevisionImport.SceneLine("6", "INT. ZZ TAXI - NIGHT", null));
        importService.revise(unlocked, "revised.fountain", bytes(revised), false);
        assertThat(outlineService.sceneNumbers(unlocked)).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void a_file_with_duplicate_scene_numbers_is_refused_and_nothing_changes() {
        List<Object> before = counts();
        String twice = BLUE.replace("EXT. ZZ STAGE DOOR - DAY #5#", "EXT. ZZ STAGE DOOR - DAY #3#");

        assertThatThrownBy(() -> importService.previewRevision(episode, "twice.fountain", bytes(twice)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey",
                        "screenplay.revise.duplicate-numbers");
        assertThatThrownBy(() -> importService.revise(episode, "twice.fountain", bytes(twice), true))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey",
                        "screenplay.revise.duplicate-numbers");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_file_for_another_episode_is_flagged_in_the_preview_and_refused_unless_confirmed() {
        List<Object> before = counts();
        String other = """
                INT. QQ KITCHEN - MORNING #1#

                NOBODY
                Coffee?

                EXT. QQ GARDEN - EVENING #9#

                NOBODY
                Roses.
                """;

        RevisionImport preview = importService.previewRevision(episode, "other.fountain", bytes(other));
        assertThat(preview.mostlyUnmatched()).isTrue();
        assertThat(preview.matched()).isEqualTo(1);
        assertThat(preview.episodeScenes()).isEqualTo(5);
        assertThatThrownBy(() -> importService.revise(episode, "other.fountain", bytes(other), false))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "screenplay.revise.mostly-unmatched");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void an_unreadable_file_is_refused_and_nothing_changes() {
        List<Object> before = counts();

        assertThatThrownBy(() -> importService.revise(episode, "empty.fountain", new byte[0], false))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> importService.previewRevision(episode, "x.png", TestFiles.bytes("not-a-screenplay.png")))
                .isInstanceOf(DomainException.class);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void after_the_lock_an_edit_of_the_synopsis_marks_the_scene_with_the_current_revision_and_a_tag_does_not() {
        importService.revise(episode, "blue.fountain", bytes(BLUE), false);
        Scene scene = scene("5");
        Scene edited = app.coulisse.outline.SceneFields.editableCopy(scene);
        edited.setSynopsis("Bartholomew leaves for good.");
        outlineService.saveScene(scene.getId(), edited);
        castService.tag(id("1"), characterId("Bartholomew"), false, false);

        assertThat(revisionService.marks(episode)).containsKey(id("5")).doesNotContainKey(id("1"));
        assertThat(historyService.history(id("1"))).extracting(SceneChangeView::kind).first().isEqualTo("TAG");
    }

    // ---- helpers

    record Tags(List<String> cast, List<String> dances, List<String> elements) {
    }

    private Tags tags(long sceneId) {
        return new Tags(castService.sceneCast(sceneId).stream()
                .map(a -> a.castId() + " " + (a.speaking() ? "S" : "N") + (a.dancing() ? "D" : "")).sorted().toList(),
                danceService.sceneNumbers(sceneId).stream().map(l -> l.title() + "/" + l.note()).toList(),
                breakdownService.sceneElements(sceneId).stream().map(l -> l.elementName() + "×" + l.quantity()).toList());
    }

    private Map<String, Tags> tagsByNumber() {
        return outlineService.scenes(episode).stream().collect(Collectors.toMap(Scene::getNumber, s -> tags(s.getId())));
    }

    private List<Object> counts() {
        List<Object> counts = new ArrayList<>();
        counts.add(outlineService.scenes(episode).stream().map(s -> s.getNumber() + s.isOmitted() + s.getVersion()
                + s.getSet().getName()).toList());
        counts.add(jdbc.queryForObject("select count(*) from scene_change", Long.class));
        counts.add(jdbc.queryForObject("select count(*) from revision", Long.class));
        counts.add(jdbc.queryForObject("select count(*) from appearance", Long.class));
        counts.add(jdbc.queryForObject("select count(*) from story_character", Long.class));
        return counts;
    }

    private Scene scene(String number) {
        return outlineService.scenes(episode).stream().filter(s -> s.getNumber().equals(number)).findFirst().orElseThrow();
    }

    private long id(String number) {
        return scene(number).getId();
    }

    private long characterId(String name) {
        return castService.characters().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private int castId(String name) {
        return castService.characters().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getCastId();
    }

    private static byte[] bytes(String fountain) {
        return fountain.getBytes(StandardCharsets.UTF_8);
    }

    private static final DataFormatter FORMAT = new DataFormatter();

    private static String text(Row row, int column) {
        return row == null || row.getCell(column) == null ? "" : FORMAT.formatCellValue(row.getCell(column));
    }

    private static List<Row> rowsWith(XSSFSheet sheet, String first) {
        List<Row> rows = new ArrayList<>();
        sheet.forEach(row -> {
            if (text(row, 0).equals(first)) {
                rows.add(row);
            }
        });
        return rows;
    }
}
