package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.coulisse.outline.AppendPlan;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.TimeOfDay;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mapping rules of design record 003, without a database. */
class ImportPlanTest {

    private static final List<KnownCharacter> ETOILE_CAST = List.of(
            new KnownCharacter(11, 1, "Jack McMillan"), new KnownCharacter(12, 2, "Geneviève Lavigne"),
            new KnownCharacter(13, 3, "Cheyenne Toussaint"), new KnownCharacter(14, 4, "Tobias Bell"),
            new KnownCharacter(15, 5, "Gael"));

    @Test
    void names_match_ignoring_case_accents_extensions_and_spacing() {
        CastMatcher matcher = new CastMatcher(ETOILE_CAST);
        assertThat(matcher.candidates("JACK MCMILLAN (V.O.)")).extracting(KnownCharacter::castId).containsExactly(1);
        assertThat(matcher.candidates("GENEVIEVE  LAVIGNE")).extracting(KnownCharacter::castId).containsExactly(2);
        assertThat(matcher.candidates("GAËL")).extracting(KnownCharacter::castId).containsExactly(5);
    }

    @Test
    void a_cue_that_is_part_of_one_cast_name_matches_it() {
        CastMatcher matcher = new CastMatcher(ETOILE_CAST);
        assertThat(matcher.candidates("GENEVIÈVE")).extracting(KnownCharacter::castId).containsExactly(2);
        assertThat(matcher.candidates("TOUSSAINT")).extracting(KnownCharacter::castId).containsExactly(3);
        assertThat(matcher.candidates("BUSKER")).isEmpty();
        // Words must be whole: JACKIE is not Jack.
        assertThat(matcher.candidates("JACKIE")).isEmpty();
    }

    @Test
    void an_ambiguous_cue_creates_a_new_character_with_a_warning() throws Exception {
        List<KnownCharacter> twoJacks = List.of(new KnownCharacter(11, 1, "Jack McMillan"), new KnownCharacter(16, 6, "Jack Bell"));
        ImportPlan plan = intoEmptyEpisode(fountain("""
                INT. OFFICE - DAY

                JACK
                Which one of us?
                """), twoJacks, List.of(7), Set.of());

        assertThat(plan.preview("x.fountain").characters())
                .containsExactly(new ImportedCharacter("JACK", "Jack", 7, true, 1));
        assertThat(plan.warnings()).containsExactly(new ParseWarning("screenplay.import.warning.ambiguous-name",
                List.of("JACK", "Jack McMillan, Jack Bell")));
    }

    @Test
    void missing_interior_and_time_of_day_default_to_int_and_day_with_warnings() throws Exception {
        ImportPlan plan = intoEmptyEpisode(fountain("""
                .MONTAGE - REHEARSALS

                Dancers fall and get up.
                """), ETOILE_CAST, List.of(), Set.of());

        assertThat(plan.scenes()).singleElement().satisfies(scene -> {
            assertThat(scene.intExt()).isEqualTo(IntExt.INT);
            assertThat(scene.timeOfDay()).isEqualTo(TimeOfDay.DAY);
            assertThat(scene.set()).isEqualTo("MONTAGE - REHEARSALS");
        });
        assertThat(plan.warnings()).extracting(ParseWarning::key, ParseWarning::args).containsExactly(
                tuple("screenplay.import.warning.int-ext-missing", List.of("MONTAGE - REHEARSALS")),
                tuple("screenplay.import.warning.time-of-day-missing", List.of("MONTAGE - REHEARSALS")));
    }

    // Issue 23, cause 9: the time word is read and the annotation goes to the scene's notes, not to the set.
    @Test
    void an_annotated_time_gives_its_time_and_keeps_the_annotation_as_the_note() throws Exception {
        ImportPlan plan = intoEmptyEpisode(fountain("""
                INT. WILL'S BEDROOM - NIGHT (1973)

                Will listens.

                INT. WILL'S BEDROOM – NIGHT

                Will sleeps.
                """), ETOILE_CAST, List.of(), Set.of());

        assertThat(plan.preview("x.fountain").scenes()).extracting(ImportedScene::set, ImportedScene::timeOfDay,
                ImportedScene::note).containsExactly(
                tuple("WILL'S BEDROOM", TimeOfDay.NIGHT, "NIGHT (1973)"),
                tuple("WILL'S BEDROOM", TimeOfDay.NIGHT, null));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void an_annotation_longer_than_the_notes_is_cut_with_a_warning() throws Exception {
        String heading = "INT. LOFT - NIGHT (" + "x".repeat(ImportPlan.MAX_NOTE_LENGTH) + ")";
        ImportPlan plan = intoEmptyEpisode(fountain(heading + "\n\nShe waits.\n"), ETOILE_CAST, List.of(), Set.of());

        assertThat(plan.scenes()).singleElement().satisfies(scene -> {
            assertThat(scene.set()).isEqualTo("LOFT");
            assertThat(scene.timeOfDay()).isEqualTo(TimeOfDay.NIGHT);
            assertThat(scene.note()).hasSize(ImportPlan.MAX_NOTE_LENGTH).startsWith("NIGHT (xxx");
        });
        assertThat(plan.warnings()).extracting(ParseWarning::key)
                .containsExactly("screenplay.import.warning.note-too-long");
    }

    // Issue 23, cause 12: a cue with a no-break space is the cast member, not a second character.
    @Test
    void a_cue_with_a_no_break_space_matches_the_cast_member() throws Exception {
        ImportPlan plan = intoEmptyEpisode(fountain(
                "INT. OFFICE - DAY\n\nGENEVIÈVE\u00A0\nNon.\n\nBUSKER\u202F\nSpare change?\n\nBUSKER\nPlease.\n"),
                ETOILE_CAST, List.of(7), Set.of());

        assertThat(plan.preview("x.fountain").characters()).extracting(ImportedCharacter::castName,
                ImportedCharacter::castId).containsExactly(tuple("Geneviève Lavigne", 2), tuple("Busker", 7));
    }

    private static final String NUMBERED = """
            INT. A - DAY #1#

            INT. B - DAY #2#

            INT. C - DAY #2#

            INT. D - DAY

            INT. E - DAY #1234567890123#
            """;

    @Test
    void in_a_locked_episode_file_numbers_are_kept_when_valid_and_free_and_the_others_get_inserted_numbers() throws Exception {
        Screenplay screenplay = fountain(NUMBERED);
        AppendPlan placement = AppendPlan.of(List.of(), List.of(new AppendPlan.Existing(-1, "5")), true,
                ImportPlan.incoming(screenplay));
        ImportPlan plan = ImportPlan.build(screenplay, ETOILE_CAST, List.of(), Set.of(), placement);

        assertThat(plan.preview("x.fountain").scenes())
                .extracting(ImportedScene::number, ImportedScene::fileNumber, ImportedScene::numberKept)
                .containsExactly(tuple("1", "1", true), tuple("2", "2", true), tuple("3", "2", false),
                        tuple("4", null, false), tuple("4A", "1234567890123", false));
        assertThat(plan.warnings()).extracting(ParseWarning::key).containsExactly("screenplay.import.warning.number-too-long");
    }

    @Test
    void in_an_unlocked_episode_numbers_follow_the_order_and_the_preview_says_so() throws Exception {
        Screenplay screenplay = fountain(NUMBERED);
        AppendPlan placement = AppendPlan.of(List.of(), List.of(new AppendPlan.Existing(-1, "5")), false,
                ImportPlan.incoming(screenplay));
        ImportPlan plan = ImportPlan.build(screenplay, ETOILE_CAST, List.of(), Set.of(), placement);

        assertThat(plan.preview("x.fountain").scenes()).extracting(ImportedScene::number, ImportedScene::numberKept)
                .containsExactly(tuple("2", false), tuple("3", false), tuple("4", false), tuple("5", false),
                        tuple("6", false));
        assertThat(plan.warnings()).extracting(ParseWarning::key, ParseWarning::args).containsExactly(
                tuple("screenplay.import.warning.number-too-long", List.of("1234567890123", 12)),
                tuple("screenplay.import.warning.numbers-follow-order", List.of()),
                tuple("screenplay.import.warning.existing-renumbered", List.of(1)));
    }

    @Test
    void new_characters_get_free_ids_in_order_of_first_cue_and_confirmed_silent_ones_after_them() throws Exception {
        Screenplay screenplay = fountain("""
                INT. STUDIO - DAY

                The PIANIST plays. A DRUMMER dozes.

                BUSKER
                Nice.

                EXT. STREET - NIGHT

                DRIVER
                Where to?

                BUSKER (V.O.)
                Anywhere.
                """);
        ImportPlan plan = intoEmptyEpisode(screenplay, ETOILE_CAST, List.of(6, 8, 9, 10), Set.of("pianist"));

        assertThat(plan.characters()).extracting(ImportPlan.PlannedCharacter::castName, ImportPlan.PlannedCharacter::castId)
                .containsExactly(tuple("Busker", 6), tuple("Driver", 8), tuple("Pianist", 9));
        assertThat(plan.scenes().get(0).cast()).extracting(c -> c.character().castName(), ImportPlan.Casting::speaking,
                ImportPlan.Casting::onScreen).containsExactly(tuple("Busker", true, true), tuple("Pianist", false, true));
        assertThat(plan.scenes().get(1).cast()).extracting(c -> c.character().castName(), ImportPlan.Casting::speaking,
                ImportPlan.Casting::onScreen).containsExactly(tuple("Driver", true, true), tuple("Busker", true, false));
        // The unconfirmed DRUMMER is only offered, never cast.
        assertThat(plan.preview("x").possibleNonSpeaking()).extracting(ImportedCharacter::fileName, ImportedCharacter::castId)
                .containsExactly(tuple("PIANIST", 9), tuple("DRUMMER", null));
    }

    @Test
    void a_silent_name_of_the_cast_is_offered_with_its_cast_id() throws Exception {
        ImportPlan plan = intoEmptyEpisode(fountain("""
                INT. OFFICE - NIGHT

                TOBIAS BELL sleeps on the couch. Gael tiptoes in.

                GAEL
                Shh.
                """), ETOILE_CAST, List.of(6), Set.of("TOBIAS BELL"));

        assertThat(plan.preview("x").possibleNonSpeaking())
                .containsExactly(new ImportedCharacter("TOBIAS BELL", "Tobias Bell", 4, false, 1));
        assertThat(plan.scenes().get(0).cast()).extracting(c -> c.character().castId(), ImportPlan.Casting::speaking)
                .containsExactly(tuple(5, true), tuple(4, false));
    }

    @Test
    void new_names_are_written_in_words_not_capitals() {
        assertThat(ImportPlan.displayName("BUSKER")).isEqualTo("Busker");
        assertThat(ImportPlan.displayName("JEAN-LUC D'ARTOIS")).isEqualTo("Jean-Luc D'Artois");
        assertThat(ImportPlan.displayName("MCGREGOR")).isEqualTo("McGregor");
        assertThat(ImportPlan.displayName("JACK'S MOTHER")).isEqualTo("Jack's Mother");
        assertThat(ImportPlan.displayName("HÉLÈNE")).isEqualTo("Hélène");
    }

    /** The plan for an import into an unlocked episode without scenes. */
    private static ImportPlan intoEmptyEpisode(Screenplay screenplay, List<KnownCharacter> cast, List<Integer> freeCastIds,
                                               Set<String> confirmedNonSpeaking) {
        return ImportPlan.build(screenplay, cast, freeCastIds, confirmedNonSpeaking,
                AppendPlan.of(List.of(), List.of(), false, ImportPlan.incoming(screenplay)));
    }

    private static Screenplay fountain(String text) throws UnreadableScreenplayException {
        return new ScreenplayReader().read("test.fountain", text.getBytes(StandardCharsets.UTF_8));
    }
}
