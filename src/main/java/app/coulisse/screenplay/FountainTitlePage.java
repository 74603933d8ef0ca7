package app.coulisse.screenplay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the optional Fountain title page: {@code Key: value} lines up to the first blank line. */
final class FountainTitlePage {

    private static final Pattern KEY = Pattern.compile("^([\\p{L}\\p{N}][\\p{L}\\p{N} _'-]*+):\\s*+(.*)$", Pattern.DOTALL);
    private static final Pattern INDENTED_VALUE = Pattern.compile("^(?: {3,}+|\\t)\\s*+(\\S.*)$", Pattern.DOTALL);

    private FountainTitlePage() {
    }

    /**
     * Adds the title page entries to the builder and returns the index of the first line after the title page,
     * or 0 when the file has no title page ("FADE IN:" alone is a transition, not a key).
     */
    static int read(List<String> lines, ScreenplayBuilder builder) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        String key = null;
        int index = 0;
        while (index < lines.size() && lines.get(index).isBlank()) {
            index++; // e.g. a boneyard removed from the top of the file
        }
        for (; index < lines.size() && !lines.get(index).isBlank(); index++) {
            String line = lines.get(index);
            Matcher keyLine = KEY.matcher(line);
            Matcher valueLine = INDENTED_VALUE.matcher(line);
            if (valueLine.matches() && key != null) {
                entries.add(Map.entry(key, valueLine.group(1).strip()));
            } else if (keyLine.matches()) {
                key = keyLine.group(1).strip();
                if (!keyLine.group(2).isBlank()) {
                    entries.add(Map.entry(key, keyLine.group(2).strip()));
                }
            } else {
                return 0;
            }
        }
        if (entries.isEmpty()) {
            return 0;
        }
        entries.forEach(entry -> builder.titlePageEntry(entry.getKey(), FountainEmphasis.strip(entry.getValue())));
        return index;
    }
}
