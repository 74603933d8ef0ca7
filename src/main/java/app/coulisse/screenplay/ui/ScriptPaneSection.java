package app.coulisse.screenplay.ui;

import app.coulisse.outline.OutlineService;
import app.coulisse.outline.ui.SceneEditorSection;
import app.coulisse.revision.RevisionService;
import app.coulisse.screenplay.ScriptTextService;
import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;

/** The scene's script pane in its editor, above the notes thread. */
@org.springframework.stereotype.Component
@Order(90)
class ScriptPaneSection implements SceneEditorSection {

    private final ScriptTextService texts;
    private final RevisionService revisionService;
    private final OutlineService outlineService;

    ScriptPaneSection(ScriptTextService texts, RevisionService revisionService, OutlineService outlineService) {
        this.texts = texts;
        this.revisionService = revisionService;
        this.outlineService = outlineService;
    }

    @Override
    public Component create(long sceneId) {
        return new ScriptPane(sceneId, texts, revisionService, outlineService);
    }
}
