package app.coulisse.suggestion;

import app.coulisse.outline.DeclaredBadges;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On every card and one-liner row: the scene's suggestions waiting for review ("✦ 3"), one statement per episode. */
@Component
@Order(4)
class SuggestionBadges extends DeclaredBadges {

    SuggestionBadges(SuggestionService service) {
        super("suggestion.pending", "suggestion-badge", episodeId -> {
            Map<Long, String> texts = new LinkedHashMap<>();
            service.pendingCounts(episodeId).forEach((sceneId, count) -> texts.put(sceneId, "✦ " + count));
            return texts;
        });
    }
}
