package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files that must be refused with a translatable reason, and odd but valid encodings that must be accepted. */
class UnreadableFilesTest {

    private final ScreenplayReader reader = new ScreenplayReader();

    @ParameterizedTest
    @CsvSource({
            "empty.fountain,        screenplay.error.empty",
            "not-a-screenplay.png,  screenplay.error.binary",
            "latin1.fountain,       screenplay.error.encoding",
            "broken.fdx,            screenplay.error.xml-broken",
            "with-dtd.fdx,          screenplay.error.xml-dtd",
            "billion-laughs.fdx,    screenplay.error.xml-dtd",
            "no-scene.fountain,     screenplay.error.no-scene"})
    void bad_files_are_refused_with_a_message_key(String file, String key) {
        assertThatThrownBy(() -> TestFiles.read(file))
                .isInstanceOf(UnreadableScreenplayException.class)
                .isInstanceOfSatisfying(UnreadableScreenplayException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void entity_bomb_is_refused_without_expanding() {
        byte[] bomb = TestFiles.bytes("billion-laughs.fdx");
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> reader.read("bomb.fdx", bomb))
                        .isInstanceOfSatisfying(UnreadableScreenplayException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screenplay.error.xml-dtd")));
    }

    @Test
    void xinclude_is_not_followed() throws Exception {
        String fdx = "<FinalDraft xmlns:xi=\"http://www.w3.org/2001/XInclude\"><Content>"
                + "<Paragraph Type=\"Scene Heading\"><Text>INT. A - DAY</Text></Paragraph>"
                + "<Paragraph Type=\"Action\"><Text><xi:include href=\"file:///etc/hostname\" parse=\"text\"/></Text>"
                + "</Paragraph></Content></FinalDraft>";
        Screenplay screenplay = reader.read("x.fdx", fdx.getBytes(StandardCharsets.UTF_8));
        assertThat(screenplay.scenes().get(0).elements()).containsExactly(new ScriptElement(ElementType.ACTION, ""));
    }

    @Test
    void invalid_utf8_names_the_line_of_the_first_bad_byte() {
        assertThatThrownBy(() -> TestFiles.read("latin1.fountain"))
                .isInstanceOfSatisfying(UnreadableScreenplayException.class,
                        e -> assertThat(e.args()).isEqualTo(List.of(3)));
    }

    @Test
    void broken_xml_names_line_and_column() {
        assertThatThrownBy(() -> TestFiles.read("broken.fdx"))
                .isInstanceOfSatisfying(UnreadableScreenplayException.class, e -> assertThat(e.args())
                        .hasSize(2).allSatisfy(n -> assertThat((Integer) n).isPositive()));
    }

    @Test
    void a_file_of_blank_lines_is_empty() {
        assertThatThrownBy(() -> reader.read("blank.fountain", "\n  \n\t\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableScreenplayException.class)
                .isInstanceOfSatisfying(UnreadableScreenplayException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screenplay.error.empty"));
    }

    @Test
    void utf8_byte_order_mark_and_windows_line_ends_are_tolerated() throws Exception {
        Screenplay screenplay = TestFiles.read("bom-crlf.fountain");
        assertThat(screenplay.titlePage()).containsEntry("Title", "Étoile");
        assertThat(screenplay.scenes()).singleElement().satisfies(scene -> {
            assertThat(scene.number()).isEqualTo("4");
            assertThat(scene.heading().text()).isEqualTo("INT. MBT - STUDIO B - DAY");
            assertThat(scene.elements()).containsExactly(new ScriptElement(ElementType.CHARACTER, "CHEYENNE"),
                    new ScriptElement(ElementType.PARENTHETICAL, "(breathless)"),
                    new ScriptElement(ElementType.DIALOGUE, "Again."));
        });
    }

    @Test
    void utf16_with_a_byte_order_mark_is_accepted() throws Exception {
        Screenplay screenplay = TestFiles.read("utf16-bom.fountain");
        assertThat(screenplay.scenes()).singleElement().satisfies(scene -> {
            assertThat(scene.heading().set()).isEqualTo("OPÉRA DE PARIS - LOGE");
            assertThat(scene.elements()).containsExactly(
                    new ScriptElement(ElementType.ACTION, "Geneviève ferme la porte."));
        });
    }

    @Test
    void other_text_and_xml_files_are_an_unknown_format() {
        assertThatThrownBy(() -> reader.read("cast.csv", "name,id\nGAEL,5\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableScreenplayException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screenplay.error.unknown-format"));
        assertThatThrownBy(() -> reader.read("script", "<html><p>INT. A - DAY</p></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableScreenplayException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screenplay.error.unknown-format"));
    }
}
