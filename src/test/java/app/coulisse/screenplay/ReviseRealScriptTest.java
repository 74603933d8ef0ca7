package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.cast.Appearance;
import app.coulisse.cast.CastService;
import app.coulisse.cast.CharacterCategory;
import app.coulisse.cast.NewCharacter;
import app.coulisse.core.Eighths;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.revision.RevisionService;
import app.coulisse.season.SeasonService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Revisions of a real screenplay no one here wrote (a public-domain web-series episode, see
 * {@code screenplay/real/README.md}): three scenes, no act sections, no scene numbers. Issue 23, items 2–6.
 */
class ReviseRealScriptTest extends SpringAppTest {

    static final String WHITE = new String(TestFiles.bytes("real/cyber-bob-ep1.fountain"), StandardCharsets.UTF_8);

    static final String INTERSECTION = WHITE.substring(WHITE.indexOf("EXT. SUBURBAN TRAFFIC INTERSECTION--DAY"),
            WHITE.indexOf("INT. TRAFFIC LIGHT HORIZONTAL BEAM--NIGHT"));

    /**
     * A kitchen scene comes after the park, the intersection moves downtown with the same words (a changed heading,
     * record 049), the dog's long speech is cut.
     */
    static final String RESLUGGED = WHITE
            .replace("EXT. SUBURBAN TRAFFIC INTERSECTION--DAY", """
                    INT. BOB'S KITCHEN--NIGHT

                    Bob reads the new instructions twice over a bowl of cereal.

                    BOB
                    Chihuahuas. Of course it is chihuahuas.

                    EXT. DOWNTOWN TRAFFIC INTERSECTION--DAY""")
            .replace(WHITE.substring(WHITE.indexOf("DOG\nWhy are *you* here?"), WHITE.indexOf("The other dogs bark in turns")),
                    "");

    /** As {@link #RESLUGGED}, but the downtown intersection is written anew: a new scene, the suburban one cut. */
    static final String REWRITE = RESLUGGED.replace(INTERSECTION.substring(INTERSECTION.indexOf("Bob holds")), """
            A tram bell. Bob crosses four lanes against the light, phone high, and films every signal he passes
            while a bus driver leans on the horn.

            BUS DRIVER
            Sidewalk, pal! It has been there since nineteen twelve!

            Bob ducks into a doorway and counts the seconds between the lights, lips moving.

            """);

    /** Blue pages of the locked episode: one new scene numbered 2A, scene 3 renamed and numbered, 1 and 2 bare. */
    static final String BLUE = WHITE
            .replace("INT. TRAFFIC LIGHT HORIZONTAL BEAM--NIGHT", """
                    INT. TRAFFIC LIGHT CONTROL BOX--NIGHT #2A#

                    Bob squeezes through a hatch full of blinking relays.

                    INT. TRAFFIC LIGHT VERTICAL BEAM--NIGHT #3#""");

    @Autowired
    ScreenplayImportService importService;
    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    CastService castService;
    @Autowired
    RevisionService revisionService;

    private long episode;

    @BeforeEach
    void theWhiteDraft() {
        actAs("writer", "WRITER");
        episode = seasonService.createEpisode("171", "Traffic Control Dogs").getId();
        importService.commit(episode, "cyber-bob-ep1.fountain", bytes(WHITE), ImportMode.APPEND, Set.of());
        assertThat(outlineService.sceneNumbers(episode)).containsExactly("1", "2", "3");
    }

    @Test
    void a_revision_that_renumbers_a_scene_it_then_shortens_commits_without_refusing_its_own_writes() {
        RevisionImport preview = importService.previewRevision(episode, "rewrite.fountain", bytes(REWRITE));
        assertThat(preview.changed()).singleElement().satisfies(scene -> assertThat(scene.fields())
                .extracting(RevisionImport.FieldChange::field).contains("eighths"));

        RevisionImport done = importService.revise(episode, "rewrite.fountain", bytes(REWRITE), false);

        assertThat(done.changed()).extracting(RevisionImport.ChangedScene::number).containsExactly("5");
        String shortened = preview.changed().getFirst().fields().stream().filter(f -> f.field().equals("eighths"))
                .findFirst().orElseThrow().after();
        assertThat(Eighths.format(scene("5").getEighths())).isEqualTo(shortened);
        assertThat(scene("5").getSet().getName()).contains("HORIZONTAL BEAM");
    }

    @Test
    void new_scenes_land_where_the_preview_puts_them_in_a_file_without_act_sections() {
        RevisionImport preview = importService.previewRevision(episode, "rewrite.fountain", bytes(REWRITE));
        assertThat(preview.added()).extracting(RevisionImport.SceneLine::number).containsExactly("2", "3");

        RevisionImport done = importService.revise(episode, "rewrite.fountain", bytes(REWRITE), false);

        assertThat(outlineService.sceneNumbers(episode)).containsExactly("1", "2", "3", "4", "5");
        assertThat(scene("2").getSet().getName()).contains("KITCHEN");
        assertThat(scene("3").getSet().getName()).contains("DOWNTOWN");
        assertWritten(preview);
        assertThat(done.added()).isEqualTo(preview.added());
        assertThat(done.omitted()).isEqualTo(preview.omitted());
    }

    @Test
    void an_omitted_scene_and_a_new_one_never_share_a_number() {
        RevisionImport preview = importService.previewRevision(episode, "rewrite.fountain", bytes(REWRITE));

        assertThat(preview.omitted()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo("4");
            assertThat(line.heading()).contains("SUBURBAN");
        });
        assertThat(numbers(preview)).doesNotHaveDuplicates();
        importService.revise(episode, "rewrite.fountain", bytes(REWRITE), false);
        assertThat(scene("4").isOmitted()).isTrue();
        assertWritten(preview);
    }

    @Test
    void a_scene_whose_heading_changed_but_whose_text_is_the_same_is_that_scene_with_a_changed_heading() {
        long intersection = id("2");
        long walker = castService.createCharacter(new NewCharacter("Dog Walker", null, null, null, false,
                CharacterCategory.DAY_PLAYER)).getId();
        castService.tagByHand(intersection, walker);

        RevisionImport preview = importService.previewRevision(episode, "reslugged.fountain", bytes(RESLUGGED));

        assertThat(preview.omitted()).isEmpty();
        assertThat(preview.added()).extracting(RevisionImport.SceneLine::number).containsExactly("2");
        assertThat(preview.changed()).filteredOn(scene -> scene.matchedBy() == RevisionImport.MatchedBy.TEXT)
                .singleElement().satisfies(scene -> {
                    assertThat(scene.number()).isEqualTo("3");
                    assertThat(scene.heading()).contains("DOWNTOWN");
                    assertThat(scene.fields()).extracting(RevisionImport.FieldChange::field).containsExactly("set");
                });
        assertThat(numbers(preview)).doesNotHaveDuplicates();

        importService.revise(episode, "reslugged.fountain", bytes(RESLUGGED), false);

        assertThat(outlineService.sceneNumbers(episode)).containsExactly("1", "2", "3", "4");
        assertThat(id("3")).isEqualTo(intersection);
        assertThat(scene("3").getSet().getName()).contains("DOWNTOWN");
        assertThat(castService.sceneCast(intersection)).anySatisfy(tag -> assertThat(tag.characterId()).isEqualTo(walker));
        assertWritten(preview);
    }

    @Test
    void a_re_slugged_scene_of_a_locked_episode_keeps_its_number() {
        actAs("showrunner", "SHOWRUNNER");
        outlineService.lockNumbers(episode);
        actAs("writer", "WRITER");
        long intersection = id("2");

        RevisionImport preview = importService.previewRevision(episode, "reslugged.fountain", bytes(RESLUGGED));
        importService.revise(episode, "reslugged.fountain", bytes(RESLUGGED), false);

        assertThat(preview.added()).extracting(RevisionImport.SceneLine::number).containsExactly("1A");
        assertThat(outlineService.sceneNumbers(episode)).containsExactly("1", "1A", "2", "3");
        assertThat(id("2")).isEqualTo(intersection);
        assertThat(scene("2").getSet().getName()).contains("DOWNTOWN");
    }

    @Test
    void one_numbered_scene_in_a_locked_episode_matches_by_number_and_the_bare_ones_by_order_and_heading() {
        actAs("showrunner", "SHOWRUNNER");
        outlineService.lockNumbers(episode);
        actAs("writer", "WRITER");

        RevisionImport preview = importService.previewRevision(episode, "blue.fountain", bytes(BLUE));

        assertThat(preview.mostlyUnmatched()).isFalse();
        assertThat(preview.matched()).isEqualTo(3);
        assertThat(preview.unchanged()).extracting(RevisionImport.SceneLine::number, RevisionImport.SceneLine::matchedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", RevisionImport.MatchedBy.HEADING),
                        org.assertj.core.groups.Tuple.tuple("2", RevisionImport.MatchedBy.HEADING));
        assertThat(preview.changed()).singleElement().satisfies(scene -> {
            assertThat(scene.number()).isEqualTo("3");
            assertThat(scene.matchedBy()).isEqualTo(RevisionImport.MatchedBy.NUMBER);
            assertThat(scene.fields()).extracting(RevisionImport.FieldChange::field).contains("set");
        });
        assertThat(preview.added()).extracting(RevisionImport.SceneLine::number).containsExactly("2A");
        assertThat(preview.omitted()).isEmpty();

        importService.revise(episode, "blue.fountain", bytes(BLUE), false);
        assertThat(outlineService.sceneNumbers(episode)).containsExactly("1", "2", "2A", "3");
        assertWritten(preview);
    }

    @Test
    void a_hand_tagged_dancer_starts_non_speaking_and_dancing_and_a_revise_leaves_the_scene_unmarked() {
        long dancer = castService.createCharacter(new NewCharacter("Chihuahua Corps", null, null, null, true,
                CharacterCategory.DAY_PLAYER)).getId();
        long walker = castService.createCharacter(new NewCharacter("Dog Walker", null, null, null, false,
                CharacterCategory.DAY_PLAYER)).getId();

        Appearance dancing = castService.tagByHand(id("3"), dancer);
        Appearance walking = castService.tagByHand(id("1"), walker);

        assertThat(dancing.isSpeaking()).isFalse();
        assertThat(dancing.isDancing()).isTrue();
        assertThat(walking.isSpeaking()).isFalse();
        assertThat(walking.isDancing()).isFalse();
        RevisionImport preview = importService.previewRevision(episode, "same.fountain", bytes(WHITE));
        assertThat(preview.changed()).isEmpty();
        importService.revise(episode, "same.fountain", bytes(WHITE), false);
        assertThat(revisionService.marks(episode)).isEmpty();
        assertThat(castService.sceneCast(id("3"))).anySatisfy(tag -> {
            assertThat(tag.characterId()).isEqualTo(dancer);
            assertThat(tag.speaking()).isFalse();
            assertThat(tag.dancing()).isTrue();
        });
    }

    @Test
    void a_tag_ticked_speaking_by_hand_in_a_scene_whose_text_did_not_change_stays_and_marks_nothing() {
        long walker = castService.createCharacter(new NewCharacter("Dog Walker", null, null, null, false,
                CharacterCategory.DAY_PLAYER)).getId();
        castService.tag(id("2"), walker, true, false);

        RevisionImport preview = importService.previewRevision(episode, "same.fountain", bytes(WHITE));
        importService.revise(episode, "same.fountain", bytes(WHITE), false);

        assertThat(preview.changed()).isEmpty();
        assertThat(revisionService.marks(episode)).isEmpty();
        assertThat(castService.sceneCast(id("2"))).anySatisfy(tag -> {
            assertThat(tag.characterId()).isEqualTo(walker);
            assertThat(tag.speaking()).isTrue();
        });
    }

    @Test
    void a_cue_in_the_script_makes_a_hand_tag_speaking() {
        long margaret = castService.characters().stream().filter(c -> c.getName().equalsIgnoreCase("Margaret"))
                .findFirst().orElseThrow().getId();
        assertThat(castService.tagByHand(id("3"), margaret).isSpeaking()).isFalse();
        String margaretSpeaks = WHITE.replace("DOG\nYes.\n", "MARGARET (V.O.)\nYes.\n");

        RevisionImport preview = importService.previewRevision(episode, "margaret.fountain", bytes(margaretSpeaks));
        importService.revise(episode, "margaret.fountain", bytes(margaretSpeaks), false);

        assertThat(preview.changed()).singleElement().satisfies(scene -> assertThat(scene.fields())
                .extracting(RevisionImport.FieldChange::field).contains("cast"));
        assertThat(castService.sceneCast(id("3"))).anySatisfy(tag -> {
            assertThat(tag.characterId()).isEqualTo(margaret);
            assertThat(tag.speaking()).isTrue();
        });
    }

    // ---- helpers

    /** Every scene the preview names has, once written, the number and heading the preview gave it. */
    private void assertWritten(RevisionImport preview) {
        List<RevisionImport.SceneLine> lines = new ArrayList<>(preview.unchanged());
        lines.addAll(preview.added());
        lines.addAll(preview.omitted());
        preview.changed().forEach(scene -> lines.add(new RevisionImport.SceneLine(scene.number(), scene.heading(), null)));
        for (RevisionImport.SceneLine line : lines) {
            Scene scene = scene(line.number());
            assertThat(scene.getIntExt().heading() + ". " + scene.getSet().getName() + " - " + scene.getTimeOfDay().name())
                    .as("scene %s", line.number()).isEqualTo(line.heading());
        }
    }

    static List<String> numbers(RevisionImport preview) {
        List<String> numbers = new ArrayList<>();
        preview.unchanged().forEach(line -> numbers.add(line.number()));
        preview.changed().forEach(line -> numbers.add(line.number()));
        preview.added().forEach(line -> numbers.add(line.number()));
        preview.omitted().forEach(line -> numbers.add(line.number()));
        return numbers;
    }

    private Scene scene(String number) {
        return outlineService.scenes(episode).stream().filter(s -> s.getNumber().equals(number)).findFirst().orElseThrow();
    }

    private long id(String number) {
        return scene(number).getId();
    }

    private static byte[] bytes(String fountain) {
        return fountain.getBytes(StandardCharsets.UTF_8);
    }
}
