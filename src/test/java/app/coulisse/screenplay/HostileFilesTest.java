package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Files built to overflow the parser's stack or to flood the outline are refused as unreadable, with the limit. */
class HostileFilesTest {

    private final ScreenplayReader reader = new ScreenplayReader();

    @Test
    void deeply_nested_final_draft_xml_is_refused_as_too_deep() {
        String xml = "<?xml version=\"1.0\"?><FinalDraft><Content><Paragraph Type=\"Action\"><Text>"
                + "<a>".repeat(200_000) + "</Text></Paragraph></Content></FinalDraft>";
        assertRefused("deep.fdx", xml, UnreadableScreenplayException.Reason.TOO_DEEP);
    }

    @Test
    void nested_dual_dialogue_is_refused_as_too_deep() {
        String xml = "<?xml version=\"1.0\"?><FinalDraft><Content>"
                + "<Paragraph><DualDialogue>".repeat(50_000) + "</Content></FinalDraft>";
        assertRefused("dual.fdx", xml, UnreadableScreenplayException.Reason.TOO_DEEP);
    }

    @Test
    void a_final_draft_file_nested_as_final_draft_nests_is_read() throws UnreadableScreenplayException {
        String xml = "<?xml version=\"1.0\"?><FinalDraft><Content>"
                + "<Paragraph Type=\"Scene Heading\"><Text>INT. STAGE - DAY</Text></Paragraph>"
                + "<Paragraph><DualDialogue><Paragraph Type=\"Character\"><Text>ODETTE</Text></Paragraph>"
                + "<Paragraph Type=\"Dialogue\"><Text>Hello.</Text></Paragraph></DualDialogue></Paragraph>"
                + "</Content></FinalDraft>";
        Screenplay screenplay = reader.read("ok.fdx", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(screenplay.scenes().get(0).speakingCharacters()).extracting(SpeakingCharacter::name)
                .containsExactly("ODETTE");
    }

    @Test
    void a_cue_with_two_thousand_extensions_is_read_without_overflowing() throws UnreadableScreenplayException {
        String text = "INT. STAGE - DAY\n\nBOB" + " (A)".repeat(2_000) + "\nHello.\n";
        Screenplay screenplay = reader.read("cue.fountain", text.getBytes(StandardCharsets.UTF_8));
        assertThat(screenplay.scenes().get(0).speakingCharacters()).extracting(SpeakingCharacter::name)
                .containsExactly("BOB");
    }

    @Test
    void a_long_run_of_capitals_in_action_is_read_without_overflowing() throws UnreadableScreenplayException {
        String text = "INT. STAGE - DAY\n\n" + "AB ".repeat(100_000) + "x\n";
        Screenplay screenplay = reader.read("caps.fountain", text.getBytes(StandardCharsets.UTF_8));
        assertThat(screenplay.scenes()).hasSize(1);
    }

    @Test
    void more_than_two_thousand_scenes_are_refused_naming_the_limit() throws UnreadableScreenplayException {
        String fine = "INT. STAGE - DAY\n\nAction.\n\n".repeat(Screenplay.MAX_SCENES);
        assertThat(reader.read("fine.fountain", fine.getBytes(StandardCharsets.UTF_8)).scenes()).hasSize(2000);
        UnreadableScreenplayException refusal = assertRefused("many.fountain", fine + "EXT. PARK - NIGHT\n\nRain.\n",
                UnreadableScreenplayException.Reason.TOO_MANY_SCENES);
        assertThat(refusal.args()).containsExactly(2000);
        assertThat(message(refusal, Locale.ENGLISH)).contains("2,000 scenes");
        assertThat(message(refusal, Locale.FRENCH)).contains("scènes");
    }

    @Test
    void more_than_a_thousand_speaking_characters_are_refused_naming_the_limit() {
        StringBuilder text = new StringBuilder("INT. STAGE - DAY\n\n");
        for (int i = 0; i <= Screenplay.MAX_CHARACTERS; i++) {
            text.append("DANCER ").append(Integer.toString(i, 26).toUpperCase(Locale.ROOT)).append("X\nHello.\n\n");
        }
        UnreadableScreenplayException refusal = assertRefused("cast.fountain", text.toString(),
                UnreadableScreenplayException.Reason.TOO_MANY_CHARACTERS);
        assertThat(message(refusal, Locale.ENGLISH)).contains("1,000 speaking characters");
    }

    private UnreadableScreenplayException assertRefused(String name, String text,
                                                        UnreadableScreenplayException.Reason reason) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> reader.read(name, text.getBytes(StandardCharsets.UTF_8)));
        assertThat(thrown).isInstanceOfSatisfying(UnreadableScreenplayException.class,
                e -> assertThat(e.messageKey()).isEqualTo(reason.key()));
        return (UnreadableScreenplayException) thrown;
    }

    private static String message(UnreadableScreenplayException e, Locale locale) {
        String pattern = ResourceBundle.getBundle("i18n.screenplay.translations", locale).getString(e.messageKey());
        return new java.text.MessageFormat(pattern, locale).format(e.args().toArray());
    }
}
