package app.coulisse.season;

import java.util.Collection;
import java.util.List;

/**
 * A bulk statement wrote into these episodes (deleted a scene, or the tags of a dance number, an element …):
 * Hibernate's events never see such a statement, so whoever runs one publishes this inside its transaction, and the
 * live room's change capture announces the episodes after the commit like any other change (record 056).
 */
public record BulkEpisodeWrite(List<Long> episodeIds) {

    public BulkEpisodeWrite {
        episodeIds = List.copyOf(episodeIds);
    }

    /** The episodes of these entities. */
    public static BulkEpisodeWrite of(Collection<Episode> episodes) {
        return new BulkEpisodeWrite(episodes.stream().map(Episode::getId).toList());
    }
}
