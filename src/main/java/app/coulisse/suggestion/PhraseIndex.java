package app.coulisse.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Names as sequences of folded words, looked up in a line at a given word: the longest name found there wins. */
final class PhraseIndex<T> {

    private final Map<List<String>, List<T>> byKeys = new HashMap<>();
    private int longest;

    /** Adds a name for a target; a name given to several targets finds them all (and is then ambiguous). */
    void add(String name, T target) {
        List<String> keys = Words.keys(name);
        if (keys.isEmpty()) {
            return;
        }
        List<T> targets = byKeys.computeIfAbsent(keys, k -> new ArrayList<>());
        if (!targets.contains(target)) {
            targets.add(target);
        }
        longest = Math.max(longest, keys.size());
    }

    /** The targets a name means, or none. */
    List<T> find(List<String> keys) {
        return byKeys.getOrDefault(keys, List.of());
    }

    /**
     * The longest name starting at word {@code from}, at most {@code span} words long, whose words all pass
     * {@code accepted}: its length, or 0.
     */
    int longestAt(List<Words.Word> words, int from, int span, Predicate<Words.Word> accepted) {
        for (int length = Math.min(longest, span); length > 0; length--) {
            List<String> keys = new ArrayList<>(length);
            boolean ok = true;
            for (int i = from; i < from + length; i++) {
                Words.Word word = words.get(i);
                ok &= accepted.test(word);
                keys.add(word.key());
            }
            if (ok && byKeys.containsKey(keys)) {
                return length;
            }
        }
        return 0;
    }

    /** The folded keys of words {@code from} to {@code from + length}. */
    static List<String> keys(List<Words.Word> words, int from, int length) {
        return words.subList(from, from + length).stream().map(Words.Word::key).toList();
    }
}
