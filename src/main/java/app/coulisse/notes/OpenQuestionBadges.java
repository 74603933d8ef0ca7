package app.coulisse.notes;

import app.coulisse.outline.DeclaredBadges;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On every card and one-liner row: the scene's open questions ("? 2"), one statement per episode. */
@Component
@Order(3)
class OpenQuestionBadges extends DeclaredBadges {

    OpenQuestionBadges(SceneNoteService service) {
        super("notes.open-questions", "question-badge", episodeId -> {
            Map<Long, String> texts = new LinkedHashMap<>();
            service.openQuestionCounts(episodeId).forEach((sceneId, count) -> texts.put(sceneId, "? " + count));
            return texts;
        });
    }
}
