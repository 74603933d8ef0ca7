package app.coulisse.highlight;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.revision.RevisionService;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a revision touches, for the episode's current revision and for a revision about to be imported. */
@Service
@Transactional(readOnly = true)
public class RevisionReachService {

    private final RevisionService revisionService;
    private final OutlineService outlineService;
    private final SeasonService seasonService;
    private final CastService castService;
    private final DanceService danceService;
    private final BreakdownService breakdownService;
    private final HighlightService highlightService;
    private final ProductionPlanService planService;

    RevisionReachService(RevisionService revisionService, OutlineService outlineService, SeasonService seasonService,
                         CastService castService, DanceService danceService, BreakdownService breakdownService,
                         HighlightService highlightService, ProductionPlanService planService) {
        this.revisionService = revisionService;
        this.outlineService = outlineService;
        this.seasonService = seasonService;
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
        this.highlightService = highlightService;
        this.planService = planService;
    }

    /** What the episode's current revision touches: the scenes it changed and the highlights it flagged. */
    @PreAuthorize(Roles.ANY_USER)
    public RevisionReach current(long episodeId) {
        Long revisionId = revisionService.current(episodeId).id();
        if (revisionId == null) {
            return reach(episodeId, Set.of(), List.of());
        }
        return reach(episodeId, revisionService.changedInCurrent(episodeId), highlightService.flagged(episodeId)
                .stream().filter(highlight -> revisionId.equals(highlight.cutIn())).toList());
    }

    /** What a revision about to be imported touches: the scenes (by number) it changes or omits. */
    @PreAuthorize(Roles.ANY_USER)
    public RevisionReach preview(long episodeId, Collection<String> sceneNumbers, List<Highlight> wouldFlag) {
        Set<Long> changed = new HashSet<>();
        outlineService.scenes(episodeId).stream().filter(scene -> sceneNumbers.contains(scene.getNumber()))
                .forEach(scene -> changed.add(scene.getId()));
        return reach(episodeId, changed, wouldFlag);
    }

    private RevisionReach reach(long episodeId, Set<Long> changed, List<Highlight> flagged) {
        Map<Long, String> numbers = new LinkedHashMap<>();
        for (Scene scene : outlineService.scenes(episodeId)) {
            numbers.put(scene.getId(), Objects.requireNonNullElse(scene.getNumber(), ""));
        }
        if (changed.isEmpty()) {
            return RevisionReach.of(changed, numbers, List.of(), List.of(), List.of(), flagged, null);
        }
        int season = seasonService.episode(episodeId).getSeason().getNumber();
        return RevisionReach.of(changed, numbers, castService.episodeCast(episodeId),
                danceService.episodeLinks(episodeId), breakdownService.episodeElements(episodeId), flagged,
                planService.plan(season));
    }
}
