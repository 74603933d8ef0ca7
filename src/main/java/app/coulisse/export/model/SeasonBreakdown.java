package app.coulisse.export.model;

import java.util.List;

/**
 * The whole season: the episodes in order, all their scenes (ordered by episode, then position)
 * and the series catalogs; {@code season} is its number, 0 when not known.
 */
public record SeasonBreakdown(SeriesInfo series, List<Episode> episodes, List<Scene> scenes, List<CastMember> cast,
                              List<DanceNumber> danceNumbers, List<ElementCategory> categories, int season) {

    /** A season whose number is not known (0). */
    public SeasonBreakdown(SeriesInfo series, List<Episode> episodes, List<Scene> scenes, List<CastMember> cast,
                           List<DanceNumber> danceNumbers, List<ElementCategory> categories) {
        this(series, episodes, scenes, cast, danceNumbers, categories, 0);
    }

    public SeasonBreakdown {
        episodes = List.copyOf(episodes);
        scenes = List.copyOf(scenes);
        cast = List.copyOf(cast);
        danceNumbers = List.copyOf(danceNumbers);
        categories = List.copyOf(categories);
    }
}
