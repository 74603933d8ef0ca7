package app.coulisse.notes;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On every card and one-liner row: the scene's open questions ("? 2"), one statement per episode. */
@Component
@Order(3)
class OpenQuestionBadges implements app.coulisse.outline.SceneBadges {

    private final SceneNoteService service;

    OpenQuestionBadges(SceneNoteService service) {
        this.service = service;
    }

    @Override
    public String headerKey() {
        return "notes.open-questions";
    }

    @Override
    public String styleName() {
        return "question-badge";
    }

    @Override
    public Map<Long, String> forEpisode(long episodeId) {
        Map<Long, String> texts = new LinkedHashMap<>();
        service.openQuestionCounts(episodeId).forEach((sceneId, count) -> texts.put(sceneId, "? " + count));
        return texts;
    }
}
