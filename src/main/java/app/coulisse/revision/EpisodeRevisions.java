package app.coulisse.revision;

import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The revisions of episodes, for this feature's services and its history recorder (no authorisation of its own:
 * its callers have it). An episode no revision was started on is on its original draft, the order's first colour.
 */
@Component
class EpisodeRevisions {

    private final SeasonService seasonService;
    private final RevisionRepository revisions;
    private final SceneChangeRepository changes;
    private final Clock clock = Clock.systemDefaultZone();

    EpisodeRevisions(SeasonService seasonService, RevisionRepository revisions, SceneChangeRepository changes) {
        this.seasonService = seasonService;
        this.revisions = revisions;
        this.changes = changes;
    }

    /**
     * Whether a revise import marks with the current revision rather than starting the next: when it was started
     * (not the original) and nothing counts in it yet, the showrunner having opened it for these pages.
     */
    boolean importReuses(RevisionInfo current) {
        return current.id() != null && current.sequence() > 0 && !changes.existsByRevisionId(current.id());
    }

    RevisionOrder order() {
        return RevisionOrder.of(seasonService.series().getRevisionOrder());
    }

    List<Revision> all(Episode episode) {
        return revisions.findByEpisodeOrderBySequence(episode);
    }

    /** The current revision as shown: the latest started, or the implicit original. */
    RevisionInfo current(Episode episode) {
        return revisions.findFirstByEpisodeOrderBySequenceDesc(episode).map(RevisionInfo::of)
                .orElseGet(() -> new RevisionInfo(null, 0, order(episode).colour(0), null, null));
    }

    /** The order through the episode's series, already loaded with the episode's screens. */
    private RevisionOrder order(Episode episode) {
        return RevisionOrder.of(episode.getSeries().getRevisionOrder());
    }

    /** The current revision as a row, the original written down first if the episode had none. */
    Revision currentRow(Episode episode) {
        return revisions.findFirstByEpisodeOrderBySequenceDesc(episode)
                .orElseGet(() -> revisions.save(new Revision(episode, 0, order(episode).colour(0), LocalDate.now(clock), null)));
    }

    /** The colour the next revision would take. */
    RevisionColour next(Episode episode) {
        return order(episode).colour(current(episode).sequence() + 1);
    }

    /** Starts the next revision in the order, dated today. */
    Revision start(Episode episode, String label) {
        int sequence = revisions.findFirstByEpisodeOrderBySequenceDesc(episode).map(Revision::getSequence).orElse(0) + 1;
        return revisions.saveAndFlush(new Revision(episode, sequence, order(episode).colour(sequence), LocalDate.now(clock),
                label == null || label.isBlank() ? null : label.strip()));
    }
}
