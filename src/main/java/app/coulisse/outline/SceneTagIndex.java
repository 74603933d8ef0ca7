package app.coulisse.outline;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which scenes of an episode carry each tag of one kind (characters, dance numbers, elements), declared by the
 * features that tag scenes: the one-liner filters by it and the delete confirmation lists what a scene carries,
 * without the outline depending on those features. Read for a whole episode at once (one query per kind).
 */
public interface SceneTagIndex {

    /** Translation key naming the kind of tag ("Cast", "Dance numbers", "Elements"). */
    String headerKey();

    /** Whether the one-liner offers a filter by this kind of tag. */
    default boolean filterable() {
        return true;
    }

    /** For each tag used in the episode, by its label in display order, the ids of the scenes carrying it. */
    Map<String, Set<Long>> scenesByTag(long episodeId, Locale locale);
}
