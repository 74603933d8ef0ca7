package app.coulisse.suggestion;

import app.coulisse.screenplay.ScriptImported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Reads every imported script for suggestions, inside the import's transaction: an import that fails leaves none. */
@Component
class ScriptSuggestions {

    private final SuggestionService service;

    ScriptSuggestions(SuggestionService service) {
        this.service = service;
    }

    @EventListener
    void on(ScriptImported imported) {
        service.propose(imported.episodeId(), imported.scenes());
    }
}
