package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.coulisse.outline.TimeOfDay;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Episode 101 of Étoile, written once in Fountain and once in Final Draft: both must import alike. */
class EtoileEpisodeTest {

    private static Screenplay fountain;
    private static Screenplay fdx;

    @BeforeAll
    static void readBothVersions() throws UnreadableScreenplayException {
        fountain = TestFiles.read("etoile-101.fountain");
        fdx = TestFiles.read("etoile-101.fdx");
    }

    @Test
    void both_files_are_read_in_their_own_format() {
        assertThat(fountain.format()).isEqualTo(ScreenplayFormat.FOUNTAIN);
        assertThat(fdx.format()).isEqualTo(ScreenplayFormat.FDX);
    }

    @Test
    void fountain_and_fdx_give_the_same_scenes() {
        assertThat(fountain.scenes()).hasSize(13);
        assertThat(summaries(fdx)).containsExactlyElementsOf(summaries(fountain));
    }

    @Test
    void fountain_and_fdx_give_the_same_synopses() {
        assertThat(fdx.scenes()).extracting(ParsedScene::synopsis)
                .containsExactlyElementsOf(fountain.scenes().stream().map(ParsedScene::synopsis).toList());
    }

    @Test
    void scenes_belong_to_the_acts_of_the_file() {
        assertThat(fountain.acts()).containsExactly("TEASER", "ACT ONE", "ACT TWO");
        assertThat(fdx.acts()).containsExactly("TEASER", "ACT ONE", "ACT TWO");
        assertThat(fountain.scenes()).extracting(ParsedScene::number, ParsedScene::act).contains(
                tuple("2", "TEASER"), tuple("3", "ACT ONE"), tuple("7", "ACT ONE"), tuple("8", "ACT TWO"));
    }

    @Test
    void headings_are_split_into_interior_exterior_set_and_time_of_day() {
        assertThat(fountain.scenes()).extracting(s -> s.heading().interiorExterior(), s -> s.heading().set(),
                s -> s.heading().timeOfDay()).containsExactly(
                tuple(InteriorExterior.EXT, "PARIS - OPERA HOUSE ROOF", TimeOfDay.DUSK),
                tuple(InteriorExterior.INT, "MBT - JACK'S OFFICE", TimeOfDay.DAY),
                tuple(InteriorExterior.INT, "MBT - REHEARSAL STUDIO A", TimeOfDay.MORNING),
                tuple(InteriorExterior.INT, "BALLET NATIONAL - TRAINING ROOM", TimeOfDay.NIGHT),
                tuple(InteriorExterior.INT_EXT, "LINCOLN CENTER - HALLWAY", TimeOfDay.CONTINUOUS),
                tuple(InteriorExterior.EXT, "NEW YORK - LINCOLN CENTER PLAZA", TimeOfDay.EVENING),
                tuple(InteriorExterior.INT, "OPÉRA DE PARIS - MAIN STAGE", TimeOfDay.NIGHT),
                tuple(InteriorExterior.INT_EXT, "YELLOW CAB - MOVING", TimeOfDay.LATER),
                tuple(InteriorExterior.EXT, "PARIS SKYLINE", TimeOfDay.DAWN),
                tuple(InteriorExterior.INT, "MBT - JACK'S OFFICE", TimeOfDay.NIGHT),
                tuple(InteriorExterior.INT, "BALLET NATIONAL - DRESSING ROOM", TimeOfDay.MORNING),
                tuple(null, "MONTAGE - BOTH COMPANIES REHEARSE", null),
                tuple(InteriorExterior.EXT, "PARIS - OPERA HOUSE ROOF", TimeOfDay.DUSK));
    }

    @Test
    void a_character_heard_only_on_the_phone_is_voice_only() {
        for (Screenplay screenplay : List.of(fountain, fdx)) {
            assertThat(scene(screenplay, "4").speakingCharacters()).containsExactly(
                    new SpeakingCharacter("GENEVIÈVE", false), new SpeakingCharacter("JACK MCMILLAN", true));
        }
    }

    @Test
    void off_screen_and_continued_cues_count_as_on_screen_speakers() {
        assertThat(scene(fountain, "1").speakingCharacters()).containsExactly(
                new SpeakingCharacter("GAEL", false), new SpeakingCharacter("GENEVIÈVE", false));
        assertThat(scene(fountain, "10").speakingCharacters()).containsExactly(
                new SpeakingCharacter("TOBIAS", false), new SpeakingCharacter("JACK MCMILLAN", false));
    }

    @Test
    void capitals_in_action_are_offered_as_possible_silent_characters() {
        for (Screenplay screenplay : List.of(fountain, fdx)) {
            assertThat(scene(screenplay, "3").possibleNonSpeakingCharacters()).containsExactly("PIANIST");
            assertThat(scene(screenplay, "7").possibleNonSpeakingCharacters()).containsExactly("DANCERS");
            // Introduced in capitals but speaking in the scene: not offered again.
            assertThat(scene(screenplay, "1").possibleNonSpeakingCharacters()).isEmpty();
        }
    }

    @Test
    void fdx_lengths_win_and_scenes_without_one_are_estimated() {
        assertThat(scene(fdx, "1").eighths()).isEqualTo(9);
        assertThat(scene(fdx, "1").lengthEstimated()).isFalse();
        assertThat(scene(fdx, "1").page()).isEqualTo("1");
        assertThat(scene(fdx, "8").lengthEstimated()).isTrue();
        assertThat(scene(fdx, "8").eighths()).isEqualTo(scene(fountain, "8").eighths());
        assertThat(fountain.scenes()).allSatisfy(scene -> {
            assertThat(scene.lengthEstimated()).isTrue();
            assertThat(scene.eighths()).isPositive();
        });
    }

    @Test
    void fdx_breakdown_tags_land_in_their_scenes() {
        assertThat(scene(fdx, "6").tags()).containsExactly(
                new SceneTag("Props", "accordion"), new SceneTag("Props", "pointe shoes"));
        assertThat(scene(fdx, "7").tags()).containsExactly(new SceneTag("Wardrobe", "tulle veils"));
        assertThat(scene(fdx, "10").tags()).containsExactly(new SceneTag("Props", "cheap champagne"));
        assertThat(scene(fdx, "1").tags()).isEmpty();
    }

    @Test
    void fdx_end_of_act_paragraphs_are_kept_as_unknown_with_one_warning() {
        assertThat(fdx.warnings()).containsExactly(
                new ParseWarning("screenplay.warning.fdx-unknown-paragraph", List.of("End Of Act", 2)));
        assertThat(scene(fdx, "7").elements()).contains(new ScriptElement(ElementType.UNKNOWN, "END OF ACT ONE"));
        assertThat(fountain.warnings()).isEmpty();
    }

    @Test
    void title_pages_are_read_from_both_formats() {
        assertThat(fountain.titlePage()).containsEntry("Title", "ÉTOILE")
                .containsEntry("Author", "The Coulisse Writers' Room")
                .containsEntry("Contact", "Coulisse Productions\n12 rue de la Danse, Paris");
        assertThat(fdx.titlePage()).containsEntry("Title", "ÉTOILE").containsEntry("Credit", "Written by")
                .containsEntry("Author", "The Coulisse Writers' Room");
    }

    private static List<String> summaries(Screenplay screenplay) {
        return screenplay.scenes().stream()
                .map(scene -> String.join(" | ", scene.number(), scene.heading().text(),
                        String.valueOf(scene.heading().interiorExterior()), scene.heading().set(),
                        String.valueOf(scene.heading().timeOfDay()), scene.act(),
                        scene.speakingCharacters().toString()))
                .toList();
    }

    private static ParsedScene scene(Screenplay screenplay, String number) {
        return screenplay.scenes().stream().filter(scene -> number.equals(scene.number())).findFirst().orElseThrow();
    }
}
