package app.coulisse.screenplay.ui;

import app.coulisse.outline.OutlineService;
import app.coulisse.outline.ui.SceneEditorSection;
import app.coulisse.screenplay.ScriptTextService;
import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;

/** The scene's text to type or paste as Fountain in its editor (the highlight pane shows it), above the notes. */
@org.springframework.stereotype.Component
@Order(90)
class ScriptPaneSection implements SceneEditorSection {

    private final ScriptTextService texts;
    private final OutlineService outlineService;

    ScriptPaneSection(ScriptTextService texts, OutlineService outlineService) {
        this.texts = texts;
        this.outlineService = outlineService;
    }

    @Override
    public Component create(long sceneId) {
        return new ScriptPane(sceneId, texts, outlineService);
    }
}
