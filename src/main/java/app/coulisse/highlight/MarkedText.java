package app.coulisse.highlight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * One element's text cut into pieces for display: plain runs and runs under one or more highlights, so the reader
 * can wrap each highlighted run in its colour and name every tag on hover. Overlapping highlights cut the text at
 * every boundary; a run lists all the highlights covering it, the shortest (the most specific) first.
 */
public final class MarkedText {

    private MarkedText() {
    }

    /** A run of the text and the highlights covering it (empty: plain text). */
    public record Run(String text, List<Highlight> highlights) {

        public Run {
            highlights = List.copyOf(highlights);
        }
    }

    /** The element's text in runs; highlights on other elements, flagged ones and ranges past the end are ignored. */
    public static List<Run> of(long elementId, String text, List<Highlight> highlights) {
        List<Highlight> here = highlights.stream().filter(highlight -> !highlight.needsCheck())
                .filter(highlight -> highlight.range().elementId() == elementId)
                .filter(highlight -> highlight.range().end() <= text.length())
                .sorted(Comparator.comparingInt(highlight -> highlight.range().end() - highlight.range().start()))
                .toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        here.forEach(highlight -> {
            cuts.add(highlight.range().start());
            cuts.add(highlight.range().end());
        });
        List<Run> runs = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int start = from;
            int end = to;
            runs.add(new Run(text.substring(start, end), here.stream()
                    .filter(highlight -> highlight.range().start() <= start && highlight.range().end() >= end)
                    .toList()));
            from = to;
        }
        return runs;
    }
}
