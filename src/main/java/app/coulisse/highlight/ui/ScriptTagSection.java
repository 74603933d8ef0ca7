package app.coulisse.highlight.ui;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.dance.DanceService;
import app.coulisse.highlight.HighlightService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.ui.SceneEditorSection;
import app.coulisse.screenplay.ScriptTextService;
import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;

/** The scene's script in its editor, to tag by highlighting words. */
@org.springframework.stereotype.Component
@Order(6)
class ScriptTagSection implements SceneEditorSection {

    private final HighlightService highlights;
    private final ScriptTextService scriptText;
    private final CastService castService;
    private final DanceService danceService;
    private final BreakdownService breakdownService;
    private final OutlineService outlineService;

    ScriptTagSection(HighlightService highlights, ScriptTextService scriptText, CastService castService,
                     DanceService danceService, BreakdownService breakdownService, OutlineService outlineService) {
        this.highlights = highlights;
        this.scriptText = scriptText;
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
        this.outlineService = outlineService;
    }

    @Override
    public Component create(long sceneId) {
        return new ScriptTagPane(sceneId, highlights, scriptText, castService, danceService, breakdownService,
                outlineService);
    }
}
