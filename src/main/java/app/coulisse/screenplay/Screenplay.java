package app.coulisse.screenplay;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A screenplay as read from a file, before anything is stored.
 *
 * @param format    the format the file was read as
 * @param titlePage title page entries in file order (a key with several values has them joined by new lines)
 * @param sections  sections in file order; level 1 sections are the acts
 * @param scenes    scenes in file order
 * @param warnings  what was skipped or guessed, as translation keys
 */
public record Screenplay(ScreenplayFormat format, Map<String, String> titlePage, List<Section> sections,
                         List<ParsedScene> scenes, List<ParseWarning> warnings) {

    /** The most scenes one file may hold: ten feature films' worth; more is not a screenplay. */
    public static final int MAX_SCENES = 2000;
    /** The most speaking characters one file may name. */
    public static final int MAX_CHARACTERS = 1000;

    public Screenplay {
        // Map.copyOf would lose the file order of the title page.
        titlePage = Collections.unmodifiableMap(new LinkedHashMap<>(titlePage));
        sections = List.copyOf(sections);
        scenes = List.copyOf(scenes);
        warnings = List.copyOf(warnings);
    }

    /** The act names (level 1 sections) in order. */
    public List<String> acts() {
        return sections.stream().filter(Section::isAct).map(Section::title).toList();
    }
}
