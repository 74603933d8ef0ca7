package app.coulisse.revision;

import app.coulisse.outline.DeclaredBadges;
import app.coulisse.outline.SceneFilter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The revision a scene was last changed in, on its board card and one-liner row, filled with the revision's
 * colour; and the "changed in the current revision" filter of both.
 */
@Component
@Order(100)
class RevisionBadges extends DeclaredBadges implements SceneFilter {

    private final RevisionService revisions;

    RevisionBadges(RevisionService revisions) {
        super("revision.badge", "revision-badge", episodeId -> {
            Map<Long, String> names = new HashMap<>();
            revisions.marks(episodeId).forEach((sceneId, colour) -> names.put(sceneId, colour.name()));
            return names;
        });
        this.revisions = revisions;
    }

    @Override
    public boolean filled() {
        return true;
    }

    @Override
    public Map<Long, Filled> filledForEpisode(long episodeId, Locale locale) {
        Map<Long, Filled> filled = new HashMap<>();
        revisions.marks(episodeId).forEach((sceneId, colour) ->
                filled.put(sceneId, new Filled(colour.name(locale), colour.hex())));
        return filled;
    }

    @Override
    public String labelKey() {
        return "revision.filter.changed";
    }

    @Override
    public String id() {
        return "filter-changed-in-revision";
    }

    @Override
    public Set<Long> matching(long episodeId) {
        return revisions.changedInCurrent(episodeId);
    }
}
