package app.coulisse.suggestion;

import app.coulisse.screenplay.ElementType;
import app.coulisse.screenplay.ScreenDirections;
import app.coulisse.screenplay.ScriptElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scene's script and proposes tags (record 051), changing nothing:
 * <ul>
 *   <li>catalog names in the action: a character by full name, first name, surname or alias (written with a capital,
 *   as a name is), a dance number by title, an element by name; case, accents, plurals and elisions folded;</li>
 *   <li>a capitalised phrase in the action that names none of them: a new element, its category taken from an element
 *   the series already tagged under the phrase's last words, else from the lexicon, else left for the reviewer;</li>
 *   <li>never a speaker of the scene (the import tags them), never from dialogue, and never a dance number whose title
 *   stands in a sentence that says it is printed (a poster, a programme): that number is not performed.</li>
 * </ul>
 */
final class SuggestionEngine {

    private static final Set<ElementType> READ = Set.of(ElementType.ACTION, ElementType.GENERAL);
    /** More capitalised words in a row than this are a shouted sentence, not a thing (as for names, record 003). */
    private static final int MAX_PHRASE_WORDS = 6;
    private static final Set<String> ARTICLES = Set.of("THE", "AN", "LE", "LA", "LES", "UN", "UNE", "DES", "DU");

    private final PhraseIndex<Long> characters = new PhraseIndex<>();
    private final PhraseIndex<Long> danceNumbers = new PhraseIndex<>();
    private final PhraseIndex<Catalog.Element> elements = new PhraseIndex<>();
    private final Map<Long, String> characterNames = new LinkedHashMap<>();
    private final Map<Long, String> danceTitles = new LinkedHashMap<>();
    private final Map<String, Long> categoriesBySeedKey;
    private final ElementLexicon lexicon;

    SuggestionEngine(Catalog catalog, ElementLexicon lexicon) {
        this.lexicon = lexicon;
        this.categoriesBySeedKey = catalog.categoriesBySeedKey();
        for (Catalog.Entry character : catalog.characters()) {
            characterNames.put(character.id(), character.name());
            characters.add(character.name(), character.id());
            String[] words = character.name().strip().split("\\s+");
            if (words.length > 1) {
                characters.add(words[0], character.id());
                characters.add(words[words.length - 1], character.id());
            }
            character.aliases().forEach(alias -> characters.add(alias, character.id()));
        }
        for (Catalog.Entry number : catalog.danceNumbers()) {
            danceTitles.put(number.id(), number.name());
            danceNumbers.add(number.name(), number.id());
            withoutArticle(number.name()).ifPresent(title -> danceNumbers.add(title, number.id()));
        }
        catalog.elements().forEach(element -> elements.add(element.name(), element));
    }

    /** The tags the scene's text proposes, one per kind and name, in the order the text names them. */
    List<Candidate> suggest(List<ScriptElement> script) {
        Set<Long> speakers = speakers(script);
        Map<String, Candidate> found = new LinkedHashMap<>();
        for (ScriptElement element : script) {
            if (READ.contains(element.type())) {
                for (String line : element.text().split("\n", -1)) {
                    read(line, speakers, found);
                }
            }
        }
        return List.copyOf(found.values());
    }

    private void read(String line, Set<Long> speakers, Map<String, Candidate> found) {
        List<Words.Word> words = Words.of(line);
        int[] nameSpan = spans(line, words, false);
        int[] capsSpan = spans(line, words, true);
        boolean[] used = new boolean[words.size()];
        int i = 0;
        while (i < words.size()) {
            int character = characters.longestAt(words, i, nameSpan[i], Words.Word::initialCapital);
            int dance = danceNumbers.longestAt(words, i, nameSpan[i], word -> true);
            int element = elements.longestAt(words, i, nameSpan[i], word -> true);
            if (element > Math.max(character, dance) && insideLongerCapitals(words, capsSpan, i, element)) {
                element = 0;
            }
            int length = Math.max(character, Math.max(dance, element));
            if (length == 0) {
                i++;
                continue;
            }
            List<String> keys = PhraseIndex.keys(words, i, length);
            if (length == character) {
                addCharacter(characters.find(keys), speakers, line, words, i, length, found);
            } else if (length == dance) {
                addDanceNumber(danceNumbers.find(keys), line, words, i, length, found);
            } else {
                Catalog.Element named = elements.find(keys).getFirst();
                add(found, new Candidate(SuggestionKind.ELEMENT, named.id(), named.name(), named.categoryId(),
                        key(named.name()), line, words.get(i).start(), words.get(i + length - 1).end()));
            }
            for (int w = i; w < i + length; w++) {
                used[w] = true;
            }
            i += length;
        }
        capitalised(line, words, capsSpan, used, speakers, found);
    }

    /**
     * Whether a catalog element's words are the capitalised part of a longer capitalised phrase (SCARF in RED SCARF):
     * the phrase is then read whole, as a new element of the catalog one's category.
     */
    private static boolean insideLongerCapitals(List<Words.Word> words, int[] capsSpan, int from, int length) {
        for (int w = from; w < from + length; w++) {
            if (!words.get(w).capitalised()) {
                return false;
            }
        }
        int start = from;
        while (start > 0 && capsSpan[start - 1] > 1 && words.get(start - 1).capitalised()) {
            start--;
        }
        int end = from + length - 1;
        while (end + 1 < words.size() && capsSpan[end] > 1 && words.get(end + 1).capitalised()) {
            end++;
        }
        return end - start + 1 > length;
    }

    private void addCharacter(List<Long> ids, Set<Long> speakers, String line, List<Words.Word> words, int from,
                              int length, Map<String, Candidate> found) {
        if (ids.size() != 1 || speakers.contains(ids.getFirst())) {
            return;
        }
        String name = characterNames.get(ids.getFirst());
        add(found, new Candidate(SuggestionKind.CHARACTER, ids.getFirst(), name, null, key(name), line,
                words.get(from).start(), words.get(from + length - 1).end()));
    }

    private void addDanceNumber(List<Long> ids, String line, List<Words.Word> words, int from, int length,
                                Map<String, Candidate> found) {
        if (ids.size() != 1 || printed(line, words, from)) {
            return;
        }
        String title = danceTitles.get(ids.getFirst());
        add(found, new Candidate(SuggestionKind.DANCE_NUMBER, ids.getFirst(), title, null, key(title), line,
                words.get(from).start(), words.get(from + length - 1).end()));
    }

    /** Capitalised runs no catalog name took: new elements, their category guessed. */
    private void capitalised(String line, List<Words.Word> words, int[] capsSpan, boolean[] used, Set<Long> speakers,
                             Map<String, Candidate> found) {
        int i = 0;
        while (i < words.size()) {
            if (used[i] || !words.get(i).capitalised()) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < words.size() && end + 1 < i + capsSpan[i] && !used[end + 1]
                    && words.get(end + 1).capitalised()) {
                end++;
            }
            int from = i;
            while (from < end && ARTICLES.contains(words.get(from).raw().toUpperCase(Locale.ROOT))) {
                from++;
            }
            String phrase = line.substring(words.get(from).start(), words.get(end).end());
            List<String> keys = PhraseIndex.keys(words, from, end - from + 1);
            boolean direction = ScreenDirections.isDirection(phrase.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
            boolean speaker = characters.find(keys).stream().anyMatch(speakers::contains);
            List<Catalog.Element> named = elements.find(keys);
            if (!named.isEmpty()) {
                Catalog.Element element = named.getFirst();
                add(found, new Candidate(SuggestionKind.ELEMENT, element.id(), element.name(), element.categoryId(),
                        key(element.name()), line, words.get(from).start(), words.get(end).end()));
            } else if (!direction && !speaker && !ARTICLES.contains(phrase.toUpperCase(Locale.ROOT))
                    && keys.size() <= MAX_PHRASE_WORDS) {
                add(found, new Candidate(SuggestionKind.ELEMENT, null, sentenceCase(phrase), category(keys),
                        String.join(" ", keys), line, words.get(from).start(), words.get(end).end()));
            }
            i = end + 1;
        }
    }

    /**
     * The category of a new phrase: an element the series already tagged under its longest part (its last words
     * first), else the lexicon's for the longest part it knows.
     */
    private Long category(List<String> keys) {
        for (int length = keys.size(); length > 0; length--) {
            for (int from = keys.size() - length; from >= 0; from--) {
                List<Catalog.Element> tagged = elements.find(keys.subList(from, from + length));
                if (!tagged.isEmpty()) {
                    return tagged.getFirst().categoryId();
                }
            }
        }
        for (int length = keys.size(); length > 0; length--) {
            for (int from = keys.size() - length; from >= 0; from--) {
                String seedKey = lexicon.categoryOf(keys.subList(from, from + length));
                if (seedKey != null && categoriesBySeedKey.containsKey(seedKey)) {
                    return categoriesBySeedKey.get(seedKey);
                }
            }
        }
        return null;
    }

    /** Whether the sentence holding word {@code at} says what it names is printed (a poster, a programme). */
    private boolean printed(String line, List<Words.Word> words, int at) {
        int start = at;
        while (start > 0 && !endsSentence(line, words.get(start - 1).end(), words.get(start).start())) {
            start--;
        }
        int end = at;
        while (end + 1 < words.size() && !endsSentence(line, words.get(end).end(), words.get(end + 1).start())) {
            end++;
        }
        for (int from = start; from <= end; from++) {
            for (int length = 1; length <= lexicon.longestPrinted() && from + length <= end + 1; length++) {
                if (lexicon.isPrinted(PhraseIndex.keys(words, from, length))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The characters with a cue in the scene: the import tags them, so they are never suggested. */
    private Set<Long> speakers(List<ScriptElement> script) {
        Set<Long> speakers = new HashSet<>();
        for (ScriptElement element : script) {
            if (element.type() == ElementType.CHARACTER) {
                String cue = element.text().replaceAll("\\([^()]*\\)", " ").replace("^", " ");
                speakers.addAll(characters.find(Words.keys(cue)));
            }
        }
        return speakers;
    }

    /**
     * For each word, how many words from it on may belong to one name: names do not cross a sentence's end, a colon
     * or a new line; capitalised runs also stop at a comma or any other sign between words.
     */
    private static int[] spans(String line, List<Words.Word> words, boolean capitals) {
        int[] spans = new int[words.size()];
        for (int i = words.size() - 1; i >= 0; i--) {
            boolean linked = i + 1 < words.size()
                    && linked(line.substring(words.get(i).end(), words.get(i + 1).start()), capitals);
            spans[i] = linked ? spans[i + 1] + 1 : 1;
        }
        return spans;
    }

    private static boolean linked(String gap, boolean capitals) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            boolean joining = c == ' ' || c == '\u00A0' || c == '\u202F' || c == '-' || c == '\'' || c == '’';
            if (!joining && (capitals || ".!?;:\"“”«»()".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String line, int from, int to) {
        String gap = line.substring(from, to);
        return gap.contains(".") || gap.contains("!") || gap.contains("?") || gap.contains(";");
    }

    private static void add(Map<String, Candidate> found, Candidate candidate) {
        found.putIfAbsent(candidate.kind() + " " + candidate.key(), candidate);
    }

    /** The folded name a suggestion is keyed by. */
    static String key(String name) {
        return String.join(" ", Words.keys(name));
    }

    /** POINTE SHOES → Pointe shoes: a capitalised phrase named as a catalog writes its names. */
    static String sentenceCase(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }

    private static Optional<String> withoutArticle(String title) {
        String[] words = title.strip().split("\\s+", 2);
        boolean article = words.length == 2 && (ARTICLES.contains(words[0].toUpperCase(Locale.ROOT))
                || words[0].equalsIgnoreCase("A"));
        return article ? Optional.of(words[1]) : Optional.empty();
    }
}
