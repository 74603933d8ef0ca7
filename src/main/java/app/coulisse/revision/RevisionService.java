package app.coulisse.revision;

import app.coulisse.core.DomainValidation;
import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Episodes' revisions in the series' colour order, and which revision each scene was last changed in. The order
 * is a series setting (record 027); the showrunner starts the next revision, and so does a revise import.
 */
@Service
@Transactional
public class RevisionService {

    private final SeasonService seasonService;
    private final EpisodeRevisions revisions;
    private final SceneChangeRepository changes;
    private final DomainValidation validation;

    RevisionService(SeasonService seasonService, EpisodeRevisions revisions, SceneChangeRepository changes,
            DomainValidation validation) {
        this.seasonService = seasonService;
        this.revisions = revisions;
        this.changes = changes;
        this.validation = validation;
    }

    /** The series' revision order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public RevisionOrder order() {
        return revisions.order();
    }

    /** Changes the series' revision order; past revisions keep the colours they took. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public RevisionOrder updateOrder(String setting) {
        RevisionOrder order = RevisionOrder.parse(setting);
        seasonService.series().setRevisionOrder(order.text().equals(RevisionOrder.of(null).text()) ? null : order.text());
        return order;
    }

    /** The episode's revisions, oldest first (none before the first is started or marked). */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<RevisionInfo> revisions(long episodeId) {
        return revisions.all(seasonService.episode(episodeId)).stream().map(RevisionInfo::of).toList();
    }

    /** The episode's current revision: the latest started, or the original draft. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public RevisionInfo current(long episodeId) {
        return revisions.current(seasonService.episode(episodeId));
    }

    /** The colour the episode's next revision would take. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public RevisionColour next(long episodeId) {
        return revisions.next(seasonService.episode(episodeId));
    }

    /** The colour a revise import of the episode would mark its changes with (record 027). */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public RevisionColour colourForImport(long episodeId) {
        Episode episode = seasonService.episode(episodeId);
        RevisionInfo current = revisions.current(episode);
        return revisions.importReuses(current) ? current.colour() : revisions.next(episode);
    }

    /** Starts the episode's next revision in the order, dated today, with an optional label. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public RevisionInfo startNext(long episodeId, String label) {
        validation.checkValue(Revision.class, "label", label == null ? null : label.strip());
        return RevisionInfo.of(revisions.start(seasonService.episode(episodeId), label));
    }

    /** Per scene of the episode, the colour of the latest revision it was changed in; unchanged scenes are left out. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Map<Long, RevisionColour> marks(long episodeId) {
        seasonService.episode(episodeId);
        return latest(changes.marksOfEpisode(episodeId));
    }

    /** The same for every scene of the series, in one statement (for the season workbook). */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Map<Long, RevisionColour> seriesMarks() {
        return latest(changes.marksOfSeries(seasonService.series().getId()));
    }

    private static Map<Long, RevisionColour> latest(List<SceneChangeRepository.SceneMark> marks) {
        Map<Long, SceneChangeRepository.SceneMark> latest = new HashMap<>();
        marks.forEach(mark -> latest.merge(mark.sceneId(), mark, (a, b) -> a.sequence() >= b.sequence() ? a : b));
        Map<Long, RevisionColour> colours = new HashMap<>();
        latest.forEach((sceneId, mark) -> colours.put(sceneId, new RevisionColour(mark.name(), mark.hex())));
        return colours;
    }

    /** The scenes of the episode changed in its current revision. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Set<Long> changedInCurrent(long episodeId) {
        Episode episode = seasonService.episode(episodeId);
        RevisionInfo current = revisions.current(episode);
        Set<Long> changed = new HashSet<>();
        if (current.id() != null) {
            changes.marksOfEpisode(episodeId).stream().filter(mark -> mark.sequence() == current.sequence())
                    .forEach(mark -> changed.add(mark.sceneId()));
        }
        return changed;
    }
}
