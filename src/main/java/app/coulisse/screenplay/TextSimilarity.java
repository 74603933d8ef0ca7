package app.coulisse.screenplay;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How much of two scene bodies is the same words in the same order (record 049): twice the words a word-level diff
 * keeps, over the words of both. A revised scene whose heading changed is still the same scene when its body is
 * {@linkplain #mostlyTheSame mostly the same}. Plain Java over java-diff-utils.
 */
final class TextSimilarity {

    /** The share of words two bodies must keep to be the same scene. */
    static final double MOSTLY = 0.75;
    /** Bodies shorter than this never match by text: two one-line scenes are alike by accident. */
    static final int MIN_WORDS = 20;

    private final List<String> words;
    private final Map<String, Integer> bag;

    private TextSimilarity(List<String> words) {
        this.words = words;
        this.bag = new HashMap<>();
        words.forEach(word -> bag.merge(word, 1, Integer::sum));
    }

    /** A body cut into words: letters, digits and apostrophes, case folded. */
    static TextSimilarity of(String body) {
        if (body == null || body.isBlank()) {
            return new TextSimilarity(List.of());
        }
        return new TextSimilarity(Arrays.stream(body.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’]+"))
                .filter(word -> !word.isEmpty()).toList());
    }

    /** True when both bodies are long enough and at least {@link #MOSTLY} of their words are kept in order. */
    boolean mostlyTheSame(TextSimilarity other) {
        return scoreIfMostlyTheSame(other) > 0;
    }

    /** The {@link #score} of two bodies {@linkplain #mostlyTheSame mostly the same}, else 0: one diff for both. */
    double scoreIfMostlyTheSame(TextSimilarity other) {
        if (words.size() < MIN_WORDS || other.words.size() < MIN_WORDS) {
            return 0;
        }
        double score = score(other);
        return score >= MOSTLY ? score : 0;
    }

    /**
     * The share of words kept in order, from 0 to 1; 0 when the lengths or the bags of words already show it is below
     * {@link #MOSTLY}, so most unlike pairs are set aside without a diff.
     */
    double score(TextSimilarity other) {
        int total = words.size() + other.words.size();
        if (total == 0) {
            return 1;
        }
        if (2.0 * Math.min(words.size(), other.words.size()) / total < MOSTLY || 2.0 * shared(other) / total < MOSTLY) {
            return 0;
        }
        int changed = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(words, other.words).getDeltas()) {
            changed += delta.getSource().size();
        }
        return 2.0 * (words.size() - changed) / total;
    }

    /** Words in common, order aside: an upper bound of the words a diff keeps. */
    private int shared(TextSimilarity other) {
        int shared = 0;
        for (Map.Entry<String, Integer> entry : bag.entrySet()) {
            shared += Math.min(entry.getValue(), other.bag.getOrDefault(entry.getKey(), 0));
        }
        return shared;
    }
}
