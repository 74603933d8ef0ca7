package app.coulisse.outline;

import java.util.Map;
import java.util.function.LongFunction;

/**
 * A badge declared in one line by the feature that owns it: its translation key, its CSS class and how to read its
 * texts for an episode. The feature's subclass stays in its own package, a Spring component with its {@code @Order}.
 */
public abstract class DeclaredBadges implements SceneBadges {

    private final String headerKey;
    private final String styleName;
    private final LongFunction<Map<Long, String>> texts;

    /** A badge with its one-liner header {@code headerKey}, card class {@code styleName}, and texts by scene id. */
    protected DeclaredBadges(String headerKey, String styleName, LongFunction<Map<Long, String>> texts) {
        this.headerKey = headerKey;
        this.styleName = styleName;
        this.texts = texts;
    }

    @Override
    public final String headerKey() {
        return headerKey;
    }

    @Override
    public final String styleName() {
        return styleName;
    }

    @Override
    public Map<Long, String> forEpisode(long episodeId) {
        return texts.apply(episodeId);
    }
}
