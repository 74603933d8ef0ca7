package app.coulisse.export.model;

import java.util.List;

/**
 * The whole season: the episodes in order, all their scenes (ordered by episode, then position)
 * and the series catalogs.
 */
public record SeasonBreakdown(SeriesInfo series, List<Episode> episodes, List<Scene> scenes, List<CastMember> cast,
                              List<DanceNumber> danceNumbers, List<ElementCategory> categories) {

    public SeasonBreakdown {
        episodes = List.copyOf(episodes);
        scenes = List.copyOf(scenes);
        cast = List.copyOf(cast);
        danceNumbers = List.copyOf(danceNumbers);
        categories = List.copyOf(categories);
    }
}
