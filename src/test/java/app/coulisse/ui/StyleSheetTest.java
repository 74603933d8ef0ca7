package app.coulisse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The app's one stylesheet is appended to by every feature, and a browser drops every rule after an unclosed
 * block without a word: each rule must close before the next one opens (the sheet has no at-rules to nest in).
 */
class StyleSheetTest {

    private static final Path SHEET = Path.of("src/main/resources/META-INF/resources/styles/coulisse.css");

    @Test
    void every_rule_closes_before_the_next_one_opens() throws Exception {
        String css = Pattern.compile("(?s)/\\*.*?\\*/").matcher(Files.readString(SHEET))
                .replaceAll(comment -> comment.group().replaceAll("[^\n]", ""));
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                assertThat(depth).as("a rule opens inside another at line %d", line).isZero();
                depth++;
            } else if (c == '}') {
                assertThat(depth).as("a rule closes that never opened at line %d", line).isOne();
                depth--;
            }
        }
        assertThat(depth).as("the last rule is closed").isZero();
    }
}
