package app.coulisse.season;

import java.util.List;
import java.util.function.LongFunction;

/**
 * The episodes a write through an id of one kind changes (a scene: its episode; a dance number: every episode it is
 * tagged in). The feature that owns the kind provides it as a bean, for {@link EpisodeLockGuard} (record 056).
 */
public interface EpisodeScope {

    /** The kind of id this scope resolves, as named by {@link EpisodeWrite#value()}. */
    Class<?> type();

    /** The episodes a write through this id changes; none when the id names nothing (the method then says so). */
    List<Episode> episodesOf(long id);

    /** A scope for {@code type} that asks {@code lookup}. */
    static EpisodeScope of(Class<?> type, LongFunction<List<Episode>> lookup) {
        return new EpisodeScope() {
            @Override
            public Class<?> type() {
                return type;
            }

            @Override
            public List<Episode> episodesOf(long id) {
                return lookup.apply(id);
            }
        };
    }
}
