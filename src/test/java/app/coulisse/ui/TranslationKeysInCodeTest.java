package app.coulisse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.core.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Guards against a key typed in code but never translated (the UI would show "!key"). */
class TranslationKeysInCodeTest {

    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation|Exception|translate|title =|message =)\\(?\\s*\"\\{?([a-z][a-z0-9]*(?:[.-][a-zA-Z0-9_]+)+)\\}?\"");

    @Test
    void every_literal_key_in_the_code_is_in_the_english_bundle() throws IOException {
        Map<String, String> english = Messages.load("");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
