package app.coulisse.export.model;

import app.coulisse.dance.CueSheet;
import java.util.List;

/**
 * Everything an episode workbook shows: the series, one episode, its scenes in order and the
 * catalog entries they use (cast, dance numbers, element categories); the current revision, when one was started,
 * and what changed in it; its music cue sheet, when one was read (the screens' reports need none).
 */
public record EpisodeBreakdown(SeriesInfo series, Episode episode, List<Scene> scenes, List<CastMember> cast,
                               List<DanceNumber> danceNumbers, List<ElementCategory> categories,
                               RevisionChanges revision, CueSheet cueSheet) {

    /** An episode without its cue sheet: no Cue sheet sheet. */
    public EpisodeBreakdown(SeriesInfo series, Episode episode, List<Scene> scenes, List<CastMember> cast,
                            List<DanceNumber> danceNumbers, List<ElementCategory> categories,
                            RevisionChanges revision) {
        this(series, episode, scenes, cast, danceNumbers, categories, revision, null);
    }

    /** An episode on its original draft: no revision, no Changes sheet. */
    public EpisodeBreakdown(SeriesInfo series, Episode episode, List<Scene> scenes, List<CastMember> cast,
                            List<DanceNumber> danceNumbers, List<ElementCategory> categories) {
        this(series, episode, scenes, cast, danceNumbers, categories, null, null);
    }

    /** The same episode with its cue sheet. */
    public EpisodeBreakdown withCueSheet(CueSheet sheet) {
        return new EpisodeBreakdown(series, episode, scenes, cast, danceNumbers, categories, revision, sheet);
    }

    public EpisodeBreakdown {
        scenes = List.copyOf(scenes);
        cast = List.copyOf(cast);
        danceNumbers = List.copyOf(danceNumbers);
        categories = List.copyOf(categories);
    }
}
