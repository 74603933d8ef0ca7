package app.coulisse.breakdown.ui;

import app.coulisse.outline.ui.SceneEditorSection;
import com.vaadin.flow.component.Component;
import org.springframework.beans.factory.ObjectProvider;

/** Puts the tagging panel (characters, dance numbers, elements) into the scene editor. */
@org.springframework.stereotype.Component
class SceneTagsSection implements SceneEditorSection {

    private final ObjectProvider<SceneTagsPanel> panels;

    SceneTagsSection(ObjectProvider<SceneTagsPanel> panels) {
        this.panels = panels;
    }

    @Override
    public Component create(long sceneId) {
        SceneTagsPanel panel = panels.getObject();
        panel.setScene(sceneId);
        return panel;
    }
}
