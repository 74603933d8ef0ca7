package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreenplayFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            etoile-101.fountain     | INT. A - DAY                      | FOUNTAIN
            ETOILE.FOUNTAIN         | INT. A - DAY                      | FOUNTAIN
            draft.spmd              | INT. A - DAY                      | FOUNTAIN
            notes.txt               | INT. A - DAY                      | FOUNTAIN
            no-extension            | INT. A - DAY                      | FOUNTAIN
            etoile-101.fdx          | <?xml version="1.0"?><FinalDraft> | FDX
            Etoile 101.FDX          | not xml at all                    | FDX
            saved-as-text.txt       | <?xml version="1.0"?><FinalDraft> | FDX
            C:\\scripts\\ep.fountain | INT. A - DAY                      | FOUNTAIN
            """)
    void format_is_picked_by_name_and_content(String fileName, String text, ScreenplayFormat expected)
            throws Exception {
        assertThat(ScreenplayFormat.detect(fileName, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            script.docx   | INT. A - DAY
            page.html     | <html><body>INT. A - DAY</body></html>
            ep.fountain   | <html><body>INT. A - DAY</body></html>
            """)
    void other_files_are_an_unknown_format(String fileName, String text) {
        assertThatThrownBy(() -> ScreenplayFormat.detect(fileName, text))
                .isInstanceOf(UnreadableScreenplayException.class)
                .isInstanceOfSatisfying(UnreadableScreenplayException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screenplay.error.unknown-format"));
    }
}
