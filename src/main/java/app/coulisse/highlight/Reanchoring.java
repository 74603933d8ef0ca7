package app.coulisse.highlight;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Follows anchored words from a scene's old text into its new text (record 050). Both texts are cut into words (runs
 * of letters and digits) and single punctuation marks across all their elements, the two word lists are diffed once,
 * and a range follows when every word it covers survived unchanged into one new element; when the diff lost it (a
 * paragraph moved), the range follows its exact words if they occur once in the new text. Otherwise the words are
 * gone: {@link #follow} says so and the caller flags the tag, it never drops it.
 */
public final class Reanchoring {

    private final Words before;
    private final Words after;
    /** For each word of the old text, the index of the same word in the new text, or -1 when it changed. */
    private final int[] kept;

    private Reanchoring(Words before, Words after, int[] kept) {
        this.before = before;
        this.after = after;
        this.kept = kept;
    }

    /** Diffs a scene's old elements against its new ones, once for all the scene's anchors. */
    public static Reanchoring between(List<ElementText> oldText, List<ElementText> newText) {
        Words before = Words.of(oldText);
        Words after = Words.of(newText);
        int[] kept = new int[before.size()];
        Arrays.fill(kept, -1);
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before.texts(), after.texts()).getDeltas()) {
            while (oldAt < delta.getSource().getPosition()) {
                kept[oldAt++] = newAt++;
            }
            oldAt += delta.getSource().size();
            newAt += delta.getTarget().size();
        }
        while (oldAt < before.size()) {
            kept[oldAt++] = newAt++;
        }
        return new Reanchoring(before, after, kept);
    }

    /** Where the words of an old range are in the new text; empty when they are gone. */
    public Optional<TextRange> follow(TextRange range) {
        int first = before.firstWordFrom(range);
        int last = before.lastWordTo(range);
        if (first < 0 || last < first) {
            return Optional.empty();
        }
        Optional<TextRange> byDiff = byDiff(range, first, last);
        return byDiff.isPresent() ? byDiff : byQuote(range);
    }

    private Optional<TextRange> byDiff(TextRange range, int first, int last) {
        for (int word = first; word <= last; word++) {
            if (kept[word] < 0) {
                return Optional.empty();
            }
        }
        Word oldFirst = before.word(first);
        Word oldLast = before.word(last);
        Word newFirst = after.word(kept[first]);
        Word newLast = after.word(kept[last]);
        if (newFirst.element() != newLast.element()) {
            return Optional.empty();
        }
        int start = newFirst.start() + Math.max(0, range.start() - oldFirst.start());
        int end = newLast.end() - Math.max(0, oldLast.end() - range.end());
        return end > start ? Optional.of(new TextRange(after.elementId(newFirst.element()), start, end))
                : Optional.empty();
    }

    /** The old range's exact characters, when they occur exactly once in the whole new text. */
    private Optional<TextRange> byQuote(TextRange range) {
        String quote = before.quote(range);
        if (quote.isBlank()) {
            return Optional.empty();
        }
        TextRange found = null;
        for (ElementText element : after.elements()) {
            for (int at = element.text().indexOf(quote); at >= 0; at = element.text().indexOf(quote, at + 1)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = new TextRange(element.id(), at, at + quote.length());
            }
        }
        return Optional.ofNullable(found);
    }

    /** One word: which element (by position in the scene), and its characters there. */
    private record Word(int element, int start, int end, String text) {
    }

    /** A scene's text cut into words, in order across its elements. */
    private record Words(List<ElementText> elements, List<Word> words) {

        static Words of(List<ElementText> elements) {
            List<Word> words = new ArrayList<>();
            for (int e = 0; e < elements.size(); e++) {
                String text = elements.get(e).text();
                int at = 0;
                while (at < text.length()) {
                    int end = at + 1;
                    if (Character.isLetterOrDigit(text.codePointAt(at))) {
                        end = at + Character.charCount(text.codePointAt(at));
                        while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
                            end += Character.charCount(text.codePointAt(end));
                        }
                    } else if (Character.isWhitespace(text.charAt(at))) {
                        at++;
                        continue;
                    }
                    words.add(new Word(e, at, end, text.substring(at, end)));
                    at = end;
                }
            }
            return new Words(elements, words);
        }

        int size() {
            return words.size();
        }

        Word word(int index) {
            return words.get(index);
        }

        List<String> texts() {
            return words.stream().map(Word::text).toList();
        }

        long elementId(int element) {
            return elements.get(element).id();
        }

        private int elementIndex(long elementId) {
            for (int e = 0; e < elements.size(); e++) {
                if (elements.get(e).id() == elementId) {
                    return e;
                }
            }
            return -1;
        }

        /** The first word of the range's element ending after the range starts, or -1. */
        int firstWordFrom(TextRange range) {
            int element = elementIndex(range.elementId());
            for (int w = 0; w < words.size(); w++) {
                Word word = words.get(w);
                if (word.element() == element && word.end() > range.start() && word.start() < range.end()) {
                    return w;
                }
            }
            return -1;
        }

        /** The last word of the range's element starting before the range ends, or -1. */
        int lastWordTo(TextRange range) {
            int element = elementIndex(range.elementId());
            for (int w = words.size() - 1; w >= 0; w--) {
                Word word = words.get(w);
                if (word.element() == element && word.start() < range.end() && word.end() > range.start()) {
                    return w;
                }
            }
            return -1;
        }

        String quote(TextRange range) {
            int element = elementIndex(range.elementId());
            if (element < 0) {
                return "";
            }
            String text = elements.get(element).text();
            return range.end() > text.length() ? "" : text.substring(range.start(), range.end());
        }
    }
}
