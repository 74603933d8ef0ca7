package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SceneCastTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            GENEVIÈVE (V.O.)            | GENEVIÈVE
            gaël (o.s.)                 | GAËL
            JACK McMILLAN (CONT'D)      | JACK MCMILLAN
            CHEYENNE (V.O.) (CONT'D)    | CHEYENNE
            '  TOBIAS ^'                | TOBIAS
            MAN #2 (on the radio)       | MAN #2
            'WILL\u00A0'                | WILL
            'SANDRA\u202FBLOOM (V.O.)'  | SANDRA BLOOM
            'WILL\u2009\u200B'          | WILL
            """)
    void cue_names_are_normalised(String cue, String name) {
        assertThat(CharacterCue.name(cue)).isEqualTo(name);
    }

    @Test
    void a_character_is_voice_only_when_every_cue_is_a_voice_over() {
        List<SpeakingCharacter> speaking = SceneCast.speaking(List.of(
                cue("GENEVIÈVE (V.O.)"), cue("JACK (V.O.)"), cue("GENEVIÈVE (v.o.)"), cue("JACK"), cue("GAEL (O.S.)")));
        assertThat(speaking).containsExactly(new SpeakingCharacter("GENEVIÈVE", true),
                new SpeakingCharacter("JACK", false), new SpeakingCharacter("GAEL", false));
    }

    @Test
    void capitalised_names_in_action_are_possible_silent_characters() {
        List<ScriptElement> elements = List.of(
                new ScriptElement(ElementType.ACTION, "The PIANIST nods. Two STAGE HANDS carry McALLISTER'S trunk."),
                new ScriptElement(ElementType.ACTION, "A beat. I wait. CUT TO the PIANIST. SFX: BANG."),
                new ScriptElement(ElementType.DIALOGUE, "NOBODY in dialogue counts."),
                cue("JACK McMILLAN"),
                new ScriptElement(ElementType.ACTION, "JACK turns to GAEL."));
        List<String> possible = SceneCast.possibleNonSpeaking(elements, SceneCast.speaking(elements));
        assertThat(possible).containsExactly("PIANIST", "STAGE HANDS", "MCALLISTER", "GAEL");
    }

    // Issue 23, cause 12: a name typed with a no-break space is one name, written with a plain space.
    @Test
    void a_name_with_a_no_break_space_in_the_action_is_one_name() {
        List<ScriptElement> elements = List.of(cue("WILL"),
                new ScriptElement(ElementType.ACTION, "SANDRA\u00A0BLOOM waves at WILL.\nEDWARD\nBLOOM runs."));
        assertThat(SceneCast.possibleNonSpeaking(elements, SceneCast.speaking(elements)))
                .containsExactly("SANDRA BLOOM", "EDWARD", "BLOOM");
    }

    private static ScriptElement cue(String text) {
        return new ScriptElement(ElementType.CHARACTER, text);
    }
}
