package app.coulisse.outline;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * A kind of scene tag declared by the feature that owns it: its translation key and how to list an episode's tags,
 * in display order, each with the scene that carries it ({@link #byLabel} groups them).
 */
public abstract class DeclaredTagIndex implements SceneTagIndex {

    private final String headerKey;
    private final BiFunction<Long, Locale, Map<String, Set<Long>>> scenes;

    /** A tag index under {@code headerKey} whose scenes by tag {@code scenes} reads for an episode and a locale. */
    protected DeclaredTagIndex(String headerKey, BiFunction<Long, Locale, Map<String, Set<Long>>> scenes) {
        this.headerKey = headerKey;
        this.scenes = scenes;
    }

    /** Groups tagged scenes by their tag's label, labels in the order of {@code tagged}. */
    protected static <T> Map<String, Set<Long>> byLabel(Stream<T> tagged, Function<T, String> label,
                                                       ToLongFunction<T> sceneId) {
        Map<String, Set<Long>> grouped = new LinkedHashMap<>();
        tagged.forEach(tag -> grouped.computeIfAbsent(label.apply(tag), key -> new LinkedHashSet<>())
                .add(sceneId.applyAsLong(tag)));
        return grouped;
    }

    @Override
    public final String headerKey() {
        return headerKey;
    }

    @Override
    public Map<String, Set<Long>> scenesByTag(long episodeId, Locale locale) {
        return scenes.apply(episodeId, locale);
    }
}
