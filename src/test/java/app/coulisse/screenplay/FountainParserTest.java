package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.coulisse.outline.TimeOfDay;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FountainParserTest {

    private final FountainParser parser = new FountainParser();

    @Test
    void title_page_keys_and_indented_values_are_read() throws Exception {
        Screenplay screenplay = parser.parse("""
                Title: _**ÉTOILE**_
                Authors: Ana Ruiz
                    Paul Brel
                Draft date: 1 June 2025

                INT. MBT - STUDIO - DAY

                Music.
                """);
        assertThat(screenplay.titlePage()).containsExactly(
                java.util.Map.entry("Title", "ÉTOILE"),
                java.util.Map.entry("Authors", "Ana Ruiz\nPaul Brel"),
                java.util.Map.entry("Draft date", "1 June 2025"));
        assertThat(screenplay.scenes()).hasSize(1);
    }

    @Test
    void a_title_page_after_a_boneyard_at_the_top_is_still_read() throws Exception {
        Screenplay screenplay = parser.parse("/* draft 3 */\nTitle: Étoile\n\nINT. MBT - STUDIO - DAY\n");
        assertThat(screenplay.titlePage()).containsEntry("Title", "Étoile");
        assertThat(screenplay.warnings()).isEmpty();
    }

    @Test
    void fade_in_alone_is_not_a_title_page_but_content_before_the_first_scene() throws Exception {
        Screenplay screenplay = parser.parse("FADE IN:\n\nINT. MBT - STUDIO - DAY\n\nMusic.\n");
        assertThat(screenplay.titlePage()).isEmpty();
        assertThat(screenplay.warnings())
                .containsExactly(new ParseWarning("screenplay.warning.content-before-first-scene", List.of(1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            INT. STUDIO - DAY          | INT
            int. studio - day          | INT
            EXT. ROOF - NIGHT          | EXT
            ext roof - night           | EXT
            EST. PARIS - DAWN          | EXT
            INT./EXT. CAR - DAY        | INT_EXT
            INT/EXT CAR - DAY          | INT_EXT
            I/E. CAR - DAY             | INT_EXT
            i/e car - day              | INT_EXT
            EXT/INT. SWAMP SHACK - DAY | INT_EXT
            EXT./INT. PORCH - NIGHT    | INT_EXT
            E/I CAR - DAY              | INT_EXT
            """)
    void scene_headings_are_recognised_with_every_prefix_in_any_case(String heading, InteriorExterior expected)
            throws Exception {
        ParsedScene scene = onlyScene(heading + "\n\nShe waits.\n");
        assertThat(scene.heading().text()).isEqualTo(heading);
        assertThat(scene.heading().interiorExterior()).isEqualTo(expected);
    }

    // Issue 23, cause 12: "Will" and "Will" + U+00A0 were two characters.
    @Test
    void a_cue_ending_in_a_no_break_space_is_the_same_character() throws Exception {
        ParsedScene scene = onlyScene("INT. BEDROOM - NIGHT\n\nWILL\nDad?\n\nWILL\u00A0\nDad!\n\n"
                + "WILL\u2009(V.O.)\nHe was.\n\nSANDRA\u00A0BLOOM\nHush.\n");
        assertThat(scene.speakingCharacters()).extracting(SpeakingCharacter::name)
                .containsExactly("WILL", "SANDRA BLOOM");
    }

    // Issue 23, causes 9 to 11 through the Fountain parser: headings as a feature script writes them.
    @Test
    void real_headings_give_set_time_and_note() throws Exception {
        Screenplay screenplay = parser.parse("""
                INT.  WILL'S BEDROOM - NIGHT (1973)

                Will listens.

                EXT/INT. BLOOM HOUSE – NIGHT [FLASHBACK]

                Rain.

                EXT. RIVER - NIGHT - [THE STORM]

                Thunder.
                """);
        assertThat(screenplay.scenes()).extracting(s -> s.heading().interiorExterior(), s -> s.heading().set(),
                s -> s.heading().timeOfDay(), s -> s.heading().note()).containsExactly(
                tuple(InteriorExterior.INT, "WILL'S BEDROOM", TimeOfDay.NIGHT, "NIGHT (1973)"),
                tuple(InteriorExterior.INT_EXT, "BLOOM HOUSE", TimeOfDay.NIGHT,
                        "NIGHT [FLASHBACK]"),
                tuple(InteriorExterior.EXT, "RIVER", TimeOfDay.NIGHT, "NIGHT - [THE STORM]"));
    }

    @Test
    void words_that_only_start_like_a_prefix_are_not_headings() throws Exception {
        Screenplay screenplay = parser.parse("INT. MBT - STUDIO - DAY\n\nINTERIOR design, she says.\n\n"
                + "EXTRA dancers wait.\n\nESTELLE smiles.\n\nI/O errors.\n\nINT\n\nE.T. phones.\n");
        assertThat(screenplay.scenes()).hasSize(1);
    }

    @Test
    void a_leading_dot_forces_a_heading_but_an_ellipsis_does_not() throws Exception {
        Screenplay screenplay = parser.parse(".FLASHBACK - MBT STAGE, 1998\n\n...and she falls.\n");
        assertThat(screenplay.scenes()).singleElement().satisfies(scene -> {
            assertThat(scene.heading().text()).isEqualTo("FLASHBACK - MBT STAGE, 1998");
            assertThat(scene.heading().interiorExterior()).isNull();
            assertThat(scene.elements()).containsExactly(new ScriptElement(ElementType.ACTION, "...and she falls."));
        });
    }

    @Test
    void scene_numbers_in_hashes_are_kept() throws Exception {
        Screenplay screenplay = parser.parse("""
                INT. MBT - STUDIO - DAY #12A#

                EXT. ROOF - NIGHT #I-1-A#

                EXT. ROOF - NIGHT
                """);
        assertThat(screenplay.scenes()).extracting(ParsedScene::number, s -> s.heading().text()).containsExactly(
                tuple("12A", "INT. MBT - STUDIO - DAY"), tuple("I-1-A", "EXT. ROOF - NIGHT"),
                tuple(null, "EXT. ROOF - NIGHT"));
    }

    @Test
    void cue_extensions_are_removed_from_character_names() throws Exception {
        ParsedScene scene = onlyScene("""
                INT. MBT - STUDIO - DAY

                GENEVIÈVE (V.O.)
                Again.

                GAEL (O.S.)
                Coming!

                GAEL (CONT'D)
                I said coming.
                """);
        assertThat(scene.speakingCharacters()).containsExactly(
                new SpeakingCharacter("GENEVIÈVE", true), new SpeakingCharacter("GAEL", false));
    }

    @Test
    void an_at_sign_forces_a_mixed_case_character() throws Exception {
        ParsedScene scene = onlyScene("INT. MBT - STUDIO - DAY\n\n@JACK McMILLAN\nSit down.\n\nJack McMillan\nsits.\n");
        assertThat(scene.elements()).containsExactly(
                new ScriptElement(ElementType.CHARACTER, "JACK McMILLAN"),
                new ScriptElement(ElementType.DIALOGUE, "Sit down."),
                new ScriptElement(ElementType.ACTION, "Jack McMillan\nsits."));
        assertThat(scene.speakingCharacters()).containsExactly(new SpeakingCharacter("JACK MCMILLAN", false));
    }

    @Test
    void parentheticals_and_dialogue_follow_a_cue_in_order() throws Exception {
        ParsedScene scene = onlyScene("""
                INT. MBT - STUDIO - DAY

                CHEYENNE
                (breathless)
                Again.
                From the top.
                (beat)
                Please.
                """);
        assertThat(scene.elements()).containsExactly(
                new ScriptElement(ElementType.CHARACTER, "CHEYENNE"),
                new ScriptElement(ElementType.PARENTHETICAL, "(breathless)"),
                new ScriptElement(ElementType.DIALOGUE, "Again.\nFrom the top."),
                new ScriptElement(ElementType.PARENTHETICAL, "(beat)"),
                new ScriptElement(ElementType.DIALOGUE, "Please."));
    }

    @Test
    void two_spaces_keep_an_empty_line_inside_dialogue() throws Exception {
        ParsedScene scene = onlyScene("INT. MBT - STUDIO - DAY\n\nGAEL\nOne.\n  \nTwo.\n");
        assertThat(scene.elements()).containsExactly(
                new ScriptElement(ElementType.CHARACTER, "GAEL"),
                new ScriptElement(ElementType.DIALOGUE, "One.\n\nTwo."));
    }

    @Test
    void a_caret_marks_both_speeches_as_dual_dialogue() throws Exception {
        ParsedScene scene = onlyScene("""
                INT. MBT - STUDIO - DAY

                Before.

                JACK
                Left.

                TOBIAS ^
                Right.
                """);
        assertThat(scene.elements()).containsExactly(
                new ScriptElement(ElementType.ACTION, "Before.", false),
                new ScriptElement(ElementType.CHARACTER, "JACK", true),
                new ScriptElement(ElementType.DIALOGUE, "Left.", true),
                new ScriptElement(ElementType.CHARACTER, "TOBIAS", true),
                new ScriptElement(ElementType.DIALOGUE, "Right.", true));
        assertThat(scene.speakingCharacters()).extracting(SpeakingCharacter::name).containsExactly("JACK", "TOBIAS");
    }

    @Test
    void an_exclamation_mark_forces_action() throws Exception {
        ParsedScene scene = onlyScene("INT. MBT - STUDIO - DAY\n\n!SILENCE.\nNobody moves.\n");
        assertThat(scene.elements()).containsExactly(new ScriptElement(ElementType.ACTION, "SILENCE.\nNobody moves."));
        assertThat(scene.speakingCharacters()).isEmpty();
    }

    @Test
    void transitions_are_capitals_ending_in_to_or_forced_with_a_chevron() throws Exception {
        ParsedScene scene = onlyScene("""
                INT. MBT - STUDIO - DAY

                CUT TO:

                Cut to:

                >Fade out.
                """ + "\nDISSOLVE TO:  \n");
        assertThat(scene.elements()).containsExactly(
                new ScriptElement(ElementType.TRANSITION, "CUT TO:"),
                new ScriptElement(ElementType.ACTION, "Cut to:"),
                new ScriptElement(ElementType.TRANSITION, "Fade out."),
                new ScriptElement(ElementType.ACTION, "DISSOLVE TO:"));
    }

    @Test
    void text_between_chevrons_is_centred() throws Exception {
        ParsedScene scene = onlyScene("INT. MBT - STUDIO - DAY\n\n> THE END <\n");
        assertThat(scene.elements()).containsExactly(new ScriptElement(ElementType.CENTERED, "THE END"));
    }

    @Test
    void tilde_lines_are_lyrics_alone_or_inside_a_speech() throws Exception {
        ParsedScene scene = onlyScene("""
                INT. MBT - STUDIO - DAY

                ~Little swan,
                ~little swan.

                BUSKER
                ~Where will you land?
                """);
        assertThat(scene.elements()).containsExactly(
                new ScriptElement(ElementType.LYRICS, "Little swan,\nlittle swan."),
                new ScriptElement(ElementType.CHARACTER, "BUSKER"),
                new ScriptElement(ElementType.LYRICS, "Where will you land?"));
    }

    @Test
    void three_equals_signs_are_a_page_break() throws Exception {
        ParsedScene scene = onlyScene("INT. MBT - STUDIO - DAY\n\nBefore.\n\n===\n\nAfter.\n");
        assertThat(scene.elements()).extracting(ScriptElement::type)
                .containsExactly(ElementType.ACTION, ElementType.PAGE_BREAK, ElementType.ACTION);
    }

    @Test
    void level_one_sections_are_acts_and_deeper_sections_are_kept_in_order() throws Exception {
        Screenplay screenplay = parser.parse("""
                # ACT ONE
                = Jack needs a star.
                ## The pitch

                INT. MBT - STUDIO - DAY

                # ACT TWO

                EXT. ROOF - NIGHT
                """);
        assertThat(screenplay.sections()).containsExactly(
                new Section(1, "ACT ONE", "Jack needs a star."), new Section(2, "The pitch", null),
                new Section(1, "ACT TWO", null));
        assertThat(screenplay.acts()).containsExactly("ACT ONE", "ACT TWO");
        assertThat(screenplay.scenes()).extracting(ParsedScene::act).containsExactly("ACT ONE", "ACT TWO");
        assertThat(screenplay.warnings()).isEmpty();
    }

    @Test
    void synopses_after_a_heading_describe_the_scene() throws Exception {
        ParsedScene scene = onlyScene("INT. MBT - STUDIO - DAY\n= Jack pitches.\n= Tobias *doubts*.\n\nMusic.\n");
        assertThat(scene.synopsis()).isEqualTo("Jack pitches.\nTobias doubts.");
        assertThat(scene.elements()).containsExactly(new ScriptElement(ElementType.ACTION, "Music."));
    }

    @Test
    void notes_are_lifted_out_of_the_text_even_across_lines() throws Exception {
        ParsedScene scene = onlyScene("""
                INT. MBT - STUDIO - DAY
                [[COLOR BLUE]]

                She turns. [[Ask the choreographer
                \s\s
                about the count.]] She stops.

                [[Playback here]]
                """);
        assertThat(scene.elements()).containsExactly(
                new ScriptElement(ElementType.NOTE, "COLOR BLUE"),
                new ScriptElement(ElementType.ACTION, "She turns. She stops."),
                new ScriptElement(ElementType.NOTE, "Ask the choreographer\n\nabout the count."),
                new ScriptElement(ElementType.NOTE, "Playback here"));
    }

    @Test
    void boneyard_is_removed_even_across_lines() throws Exception {
        Screenplay screenplay = parser.parse("""
                INT. MBT - STUDIO - DAY

                Kept. /* cut: a line */ Also kept.

                /*
                EXT. CUT SCENE - NIGHT

                Gone.
                */

                GAEL
                Still here.
                """);
        assertThat(screenplay.scenes()).singleElement().extracting(ParsedScene::elements).isEqualTo(List.of(
                new ScriptElement(ElementType.ACTION, "Kept.  Also kept."),
                new ScriptElement(ElementType.CHARACTER, "GAEL"),
                new ScriptElement(ElementType.DIALOGUE, "Still here.")));
    }

    @Test
    void an_unclosed_boneyard_hides_the_rest_with_a_warning() throws Exception {
        Screenplay screenplay = parser.parse("INT. MBT - STUDIO - DAY\n\nKept.\n\n/* never closed\n\nEXT. ROOF - NIGHT\n");
        assertThat(screenplay.scenes()).hasSize(1);
        assertThat(screenplay.warnings()).containsExactly(new ParseWarning("screenplay.warning.unclosed-boneyard", List.of()));
    }

    @Test
    void emphasis_markers_are_removed_and_escaped_stars_kept() throws Exception {
        ParsedScene scene = onlyScene("INT. MBT - STUDIO - DAY\n\n"
                + "*italic* **bold** ***both*** _under_ **nested *one* here** 5 \\* 3 \\_x\\_\n");
        assertThat(scene.elements()).containsExactly(
                new ScriptElement(ElementType.ACTION, "italic bold both under nested one here 5 * 3 _x_"));
    }

    @Test
    void content_before_the_first_heading_is_counted_in_a_warning() throws Exception {
        Screenplay screenplay = parser.parse("A cold open.\n\nGAEL\nHello?\n\nINT. MBT - STUDIO - DAY\n\nMusic.\n");
        assertThat(screenplay.warnings())
                .containsExactly(new ParseWarning("screenplay.warning.content-before-first-scene", List.of(3)));
        assertThat(screenplay.scenes().get(0).elements()).hasSize(1);
    }

    @Test
    void a_heading_followed_directly_by_text_still_starts_a_scene() throws Exception {
        ParsedScene scene = onlyScene("INT. MBT - STUDIO - DAY\nCheyenne stretches.\n");
        assertThat(scene.elements()).containsExactly(new ScriptElement(ElementType.ACTION, "Cheyenne stretches."));
    }

    private ParsedScene onlyScene(String fountain) throws UnreadableScreenplayException {
        Screenplay screenplay = parser.parse(fountain);
        assertThat(screenplay.scenes()).hasSize(1);
        return screenplay.scenes().get(0);
    }
}
