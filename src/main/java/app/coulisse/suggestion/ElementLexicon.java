package app.coulisse.suggestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The small bilingual lexicon kept as data ({@code suggestion/element-lexicon.txt}): which element category a word
 * usually belongs to (pointe shoes → wardrobe, fog → special effects), and the words that say a title is printed
 * rather than danced ({@code suggestion/printed-words.txt}). Words are stored folded ({@link Words}).
 */
final class ElementLexicon {

    private final Map<List<String>, String> categories;
    private final Set<List<String>> printed;

    ElementLexicon(Map<List<String>, String> categories, Set<List<String>> printed) {
        this.categories = Map.copyOf(categories);
        this.printed = Set.copyOf(printed);
    }

    /** The lexicon shipped with the app. */
    static ElementLexicon bundled() {
        Map<List<String>, String> categories = new HashMap<>();
        load("suggestion/element-lexicon.txt").forEach((category, words) ->
                phrases(words).forEach(phrase -> categories.putIfAbsent(phrase, category)));
        Set<List<String>> printed = new HashSet<>(phrases(load("suggestion/printed-words.txt").get("printed")));
        return new ElementLexicon(categories, printed);
    }

    /** The seeded category key of a phrase's folded words ({@code wardrobe}), or {@code null}. */
    String categoryOf(List<String> keys) {
        return categories.get(keys);
    }

    /** Whether the folded words say something is printed (poster, programme, affiche). */
    boolean isPrinted(List<String> keys) {
        return printed.contains(keys);
    }

    /** The longest printed phrase's length, to know how far to look. */
    int longestPrinted() {
        return printed.stream().mapToInt(List::size).max().orElse(0);
    }

    private static List<List<String>> phrases(String words) {
        return words == null ? List.of() : Arrays.stream(words.split(","))
                .map(String::strip).filter(word -> !word.isEmpty()).map(Words::keys).toList();
    }

    private static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ElementLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> entries = new HashMap<>();
        properties.forEach((key, value) -> entries.put((String) key, (String) value));
        return entries;
    }
}
