package app.coulisse.highlight;

import app.coulisse.outline.DeclaredBadges;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "⚑ 2" on a card and a one-liner row: highlights of the scene whose words a revision cut, to check. */
@Component
@Order(4)
class CheckBadges extends DeclaredBadges {

    CheckBadges(HighlightService service) {
        super("highlight.badge.check", "check-badge", episodeId -> {
            Map<Long, String> texts = new LinkedHashMap<>();
            service.flaggedCounts(episodeId).forEach((sceneId, count) -> texts.put(sceneId, "⚑ " + count));
            return texts;
        });
    }

    /** A card's flag; the one-liner keeps its columns (the header's list names the tags to check). */
    @Override
    public boolean onOneLiner() {
        return false;
    }
}
