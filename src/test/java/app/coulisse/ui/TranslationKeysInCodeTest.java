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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards against a key typed in code but never translated (the UI would show "!key"). Any literal shaped like a key
 * of one of the bundles' families ("board.…", "sheet.…") counts, wherever it is passed: to {@code getTranslation},
 * to a component such as {@code IconButton} or {@code BeanForm.text}, or to a workbook's labels.
 */
class TranslationKeysInCodeTest {

    private static final Pattern KEY_LIKE = Pattern.compile("\"\\{?([a-z][a-z0-9]*(?:[.-][a-zA-Z0-9_]+)*\\.[a-zA-Z0-9_-]+)\\}?\"");

    @Test
    void every_key_shaped_literal_in_the_code_is_in_the_english_bundle() throws IOException {
        Map<String, String> english = Messages.load("");
        Set<String> families = english.keySet().stream().filter(key -> key.contains("."))
                .map(key -> key.substring(0, key.indexOf('.'))).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LIKE.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    boolean ofAFamily = families.contains(key.substring(0, key.indexOf('.')));
                    if (ofAFamily && !english.containsKey(key) && !prefixOfAKey(key, english.keySet())) {
                        missing.add(key + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A literal completed in code ("act.seeded" + "." + name) is fine when some key starts with it. */
    private static boolean prefixOfAKey(String literal, Set<String> keys) {
        return keys.stream().anyMatch(key -> key.startsWith(literal + "."));
    }
}
