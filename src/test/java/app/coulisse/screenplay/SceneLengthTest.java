package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The estimate rule of docs/decisions/004-screenplay-length-estimate.md. */
class SceneLengthTest {

    private static final String HEADING = "INT. MBT - STUDIO - DAY";

    @Test
    void a_scene_of_55_printed_lines_is_one_page_and_one_more_line_adds_an_eighth() {
        // heading + blank + action + blank: 52 action lines make 55 printed lines
        assertThat(SceneLength.printedLines(HEADING, action(52))).isEqualTo(55);
        assertThat(SceneLength.estimateEighths(HEADING, action(52))).isEqualTo(8);
        assertThat(SceneLength.estimateEighths(HEADING, action(53))).isEqualTo(9);
    }

    @Test
    void eighths_are_rounded_up_and_never_below_one() {
        assertThat(SceneLength.estimateEighths(HEADING, List.of())).isEqualTo(1);
        // 4 printed lines is 0.58 eighth: still 1/8. 7 lines is 1.02 eighths: 2/8.
        assertThat(SceneLength.estimateEighths(HEADING, action(1))).isEqualTo(1);
        assertThat(SceneLength.estimateEighths(HEADING, action(4))).isEqualTo(2);
    }

    @Test
    void action_wraps_at_61_characters_and_dialogue_at_35() {
        String sixtyOne = "a".repeat(30) + " " + "b".repeat(30);
        assertThat(SceneLength.wrappedLines(sixtyOne, SceneLength.ACTION_WIDTH)).isEqualTo(1);
        assertThat(SceneLength.wrappedLines(sixtyOne + " c", SceneLength.ACTION_WIDTH)).isEqualTo(2);
        assertThat(SceneLength.wrappedLines(sixtyOne, SceneLength.DIALOGUE_WIDTH)).isEqualTo(2);
        assertThat(SceneLength.wrappedLines("x".repeat(70), SceneLength.DIALOGUE_WIDTH)).isEqualTo(2);
        assertThat(SceneLength.wrappedLines("one\ntwo\n\nfour", SceneLength.ACTION_WIDTH)).isEqualTo(4);
    }

    @Test
    void a_cue_with_its_speech_is_one_block_and_notes_do_not_print() {
        List<ScriptElement> elements = List.of(
                new ScriptElement(ElementType.CHARACTER, "CHEYENNE"),
                new ScriptElement(ElementType.PARENTHETICAL, "(breathless)"),
                new ScriptElement(ElementType.DIALOGUE, "Again."),
                new ScriptElement(ElementType.NOTE, "a note that never prints"),
                new ScriptElement(ElementType.PAGE_BREAK, ""),
                new ScriptElement(ElementType.ACTION, "She turns."));
        // heading 1 + blank, cue 3 lines + blank, action 1 + blank
        assertThat(SceneLength.printedLines(HEADING, elements)).isEqualTo(8);
    }

    @ParameterizedTest
    @CsvSource({"1 5/8, 13", "2/8, 2", "3, 24", "13/8, 13", "' 4/8 ', 4"})
    void final_draft_lengths_are_read_as_eighths(String length, int eighths) {
        assertThat(SceneLength.parseEighths(length)).hasValue(eighths);
    }

    @ParameterizedTest
    @CsvSource({"0", "0/8", "about two", "1/2", "''"})
    void unreadable_or_zero_lengths_are_ignored(String length) {
        assertThat(SceneLength.parseEighths(length)).isEqualTo(OptionalInt.empty());
    }

    private static List<ScriptElement> action(int lines) {
        String text = String.join("\n", Collections.nCopies(lines, "She turns."));
        return List.of(new ScriptElement(ElementType.ACTION, text));
    }
}
