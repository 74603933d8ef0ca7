package app.coulisse.suggestion;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a line of a script into words with their places, and folds each word to the key names are compared by: no
 * case, no accents, no plural (English and French), no French elision ({@code l'affiche}) or English possessive
 * ({@code Marisol's}). The same fold on the catalog's names and on the script's words is what makes them meet.
 */
final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** French elided articles and pronouns before an apostrophe: {@code l'}, {@code d'}, {@code qu'}… */
    private static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu");

    private Words() {
    }

    /**
     * One word of a line.
     *
     * @param start where it starts in the line
     * @param end   where it ends (exclusive)
     * @param raw   the word as written
     * @param key   the folded word
     */
    record Word(int start, int end, String raw, String key) {

        /** Written in capitals: two letters or more, none of them lower case (MARISOL, POINTE, D'ARTOIS). */
        boolean capitalised() {
            int letters = 0;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
            return letters >= 2;
        }

        /** Starts with a capital letter (a proper name: Marisol, not the flower "rose"). */
        boolean initialCapital() {
            return Character.isUpperCase(raw.charAt(0));
        }
    }

    /** The words of a line left to right; hyphens split words, apostrophes drop elisions and possessives. */
    static List<Word> of(String line) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            if (!inWord(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && (inWord(line.charAt(i)) || isApostropheInside(line, i))) {
                i++;
            }
            add(words, line, start, i);
        }
        return words;
    }

    /** The folded keys of a name or phrase, as {@link #of} would give them. */
    static List<String> keys(String phrase) {
        return of(phrase).stream().map(Word::key).toList();
    }

    private static void add(List<Word> words, String line, int start, int end) {
        String raw = line.substring(start, end);
        int apostrophe = firstApostrophe(raw);
        if (apostrophe > 0) {
            String before = fold(raw.substring(0, apostrophe));
            String after = raw.substring(apostrophe + 1);
            if (ELISIONS.contains(before) && !after.isEmpty()) {
                add(words, line, start + apostrophe + 1, end);
                return;
            }
            if (fold(after).equals("s")) {
                end = start + apostrophe;
                raw = raw.substring(0, apostrophe);
            }
        }
        words.add(new Word(start, end, raw, singular(fold(raw))));
    }

    private static int firstApostrophe(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '\'' || raw.charAt(i) == '’') {
                return i;
            }
        }
        return -1;
    }

    /** Lower case, accents and marks removed, typographic apostrophes made plain. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('’', '\''), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * The singular of a folded word, by the regular English and French endings: shoes → shoe, ladies → lady,
     * dresses → dress, chapeaux → chapeau, journaux → journal. Irregular plurals (men, feet) stay as they are.
     */
    static String singular(String word) {
        int length = word.length();
        if (length <= 3) {
            return word;
        }
        if (word.endsWith("eaux")) {
            return word.substring(0, length - 1);
        }
        if (word.endsWith("aux")) {
            return word.substring(0, length - 3) + "al";
        }
        if (word.endsWith("ies") && length > 4) {
            return word.substring(0, length - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) {
            return word.substring(0, length - 2);
        }
        if (word.endsWith("ss")) {
            return word;
        }
        if (word.endsWith("s") || word.endsWith("x")) {
            return word.substring(0, length - 1);
        }
        return word;
    }

    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isApostropheInside(String line, int i) {
        char c = line.charAt(i);
        return (c == '\'' || c == '’') && i + 1 < line.length() && Character.isLetter(line.charAt(i + 1));
    }
}
