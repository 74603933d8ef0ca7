package app.coulisse.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.screenplay.ParsedScene;
import app.coulisse.screenplay.Screenplay;
import app.coulisse.screenplay.ScreenplayReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the suggestions on a screenplay written for the measure and tagged by hand
 * ({@code suggestion/etoile-104.*}): a suggestion counts when its scene, kind, name (folded) and, for an element,
 * category agree with the hand tags. The figures and the misses are in record 051.
 */
class SuggestionMeasureTest {

    private static final String[] CATEGORIES = {"cast", "background", "stunts", "props", "wardrobe", "makeup-hair",
            "vehicles", "animals", "special-effects", "visual-effects", "sound-music", "special-equipment",
            "set-dressing", "greenery", "security", "additional-labor", "notes"};

    @Test
    void precision_and_recall_on_the_hand_tagged_screenplay_are_at_least_four_in_five() throws Exception {
        Screenplay screenplay = new ScreenplayReader().read("etoile-104.fountain", resource("etoile-104.fountain"));
        SuggestionEngine engine = new SuggestionEngine(catalog(), ElementLexicon.bundled());
        Set<String> suggested = new LinkedHashSet<>();
        for (int i = 0; i < screenplay.scenes().size(); i++) {
            ParsedScene scene = screenplay.scenes().get(i);
            for (Candidate candidate : engine.suggest(scene.elements())) {
                suggested.add(tag(i + 1, candidate.kind(), candidate.categoryId() == null ? ""
                        : CATEGORIES[(int) (long) candidate.categoryId() - 1], candidate.name()));
            }
        }
        Set<String> expected = new LinkedHashSet<>();
        for (String line : lines("etoile-104.expected")) {
            String[] parts = line.split("\\|", -1);
            expected.add(tag(Integer.parseInt(parts[0].strip()), kind(parts[1].strip()), parts[2].strip(),
                    parts[3].strip()));
        }

        Set<String> right = new TreeSet<>(suggested);
        right.retainAll(expected);
        Set<String> wrong = new TreeSet<>(suggested);
        wrong.removeAll(expected);
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(suggested);
        double precision = (double) right.size() / suggested.size();
        double recall = (double) right.size() / expected.size();
        System.out.printf(Locale.ROOT, "Suggestions on etoile-104: %d scenes, %d expected, %d suggested, %d right:"
                        + " precision %.2f, recall %.2f%n  wrong: %s%n  missed: %s%n", screenplay.scenes().size(),
                expected.size(), suggested.size(), right.size(), precision, recall, wrong, missed);

        assertThat(screenplay.scenes()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.8);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.8);
    }

    private static Catalog catalog() throws IOException {
        List<Catalog.Entry> characters = new ArrayList<>();
        List<Catalog.Entry> numbers = new ArrayList<>();
        List<Catalog.Element> elements = new ArrayList<>();
        long id = 100;
        for (String line : lines("etoile-104.catalog")) {
            String[] kindAndRest = line.split(":", 2);
            String[] parts = kindAndRest[1].split("\\|", -1);
            switch (kindAndRest[0].strip()) {
                case "character" -> characters.add(new Catalog.Entry(++id, parts[0].strip(), parts[1].isBlank()
                        ? List.of() : Arrays.stream(parts[1].split(",")).map(String::strip).toList()));
                case "dance" -> numbers.add(new Catalog.Entry(++id, parts[0].strip(), List.of()));
                case "element" -> elements.add(new Catalog.Element(++id, parts[1].strip(),
                        Arrays.asList(CATEGORIES).indexOf(parts[0].strip()) + 1));
                default -> throw new IllegalArgumentException(line);
            }
        }
        Map<String, Long> categories = new HashMap<>();
        for (int i = 0; i < CATEGORIES.length; i++) {
            categories.put(CATEGORIES[i], (long) i + 1);
        }
        return new Catalog(characters, numbers, elements, categories);
    }

    private static String tag(int scene, SuggestionKind kind, String category, String name) {
        return scene + " " + kind + " " + (kind == SuggestionKind.ELEMENT ? category + " " : "")
                + SuggestionEngine.key(name);
    }

    private static SuggestionKind kind(String word) {
        return switch (word) {
            case "character" -> SuggestionKind.CHARACTER;
            case "dance" -> SuggestionKind.DANCE_NUMBER;
            default -> SuggestionKind.ELEMENT;
        };
    }

    private static List<String> lines(String name) throws IOException {
        return new String(resource(name), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SuggestionMeasureTest.class.getResourceAsStream("/suggestion/" + name)) {
            return in.readAllBytes();
        }
    }
}
