package app.coulisse.export.model;

import java.util.List;

/**
 * Everything an episode workbook shows: the series, one episode, its scenes in order and the
 * catalog entries they use (cast, dance numbers, element categories); the current revision, when one was started,
 * and what changed in it.
 */
public record EpisodeBreakdown(SeriesInfo series, Episode episode, List<Scene> scenes, List<CastMember> cast,
                               List<DanceNumber> danceNumbers, List<ElementCategory> categories,
                               RevisionChanges revision) {

    /** An episode on its original draft: no revision, no Changes sheet. */
    public EpisodeBreakdown(SeriesInfo series, Episode episode, List<Scene> scenes, List<CastMember> cast,
                            List<DanceNumber> danceNumbers, List<ElementCategory> categories) {
        this(series, episode, scenes, cast, danceNumbers, categories, null);
    }

    public EpisodeBreakdown {
        scenes = List.copyOf(scenes);
        cast = List.copyOf(cast);
        danceNumbers = List.copyOf(danceNumbers);
        categories = List.copyOf(categories);
    }
}
