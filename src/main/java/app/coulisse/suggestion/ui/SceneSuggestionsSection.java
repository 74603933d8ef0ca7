package app.coulisse.suggestion.ui;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.outline.ui.SceneEditorSection;
import app.coulisse.security.CurrentUser;
import app.coulisse.suggestion.SuggestionService;
import com.vaadin.flow.component.Component;
import org.springframework.beans.factory.ObjectProvider;

/** Puts the scene's pending suggestions, for review, into the scene editor. */
@org.springframework.stereotype.Component
class SceneSuggestionsSection implements SceneEditorSection {

    private final SuggestionService service;
    private final BreakdownService breakdownService;
    private final ObjectProvider<CurrentUser> currentUser;

    SceneSuggestionsSection(SuggestionService service, BreakdownService breakdownService,
                            ObjectProvider<CurrentUser> currentUser) {
        this.service = service;
        this.breakdownService = breakdownService;
        this.currentUser = currentUser;
    }

    @Override
    public Component create(long sceneId) {
        return new SceneSuggestionsPanel(sceneId, service, breakdownService.categories(),
                currentUser.getObject().canEdit());
    }
}
