package app.coulisse.outline.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the scene editor that another feature contributes (the breakdown tagging), so the
 * outline does not depend on the features that build on it.
 */
public interface SceneEditorSection {

    /** The component to show under the heading fields of a saved scene. */
    Component create(long sceneId);

    /**
     * A notice the writer must see before saving ("changed elsewhere"): it sits above the fields and stays in sight
     * while the editor scrolls, instead of below them.
     */
    default boolean isNotice() {
        return false;
    }
}
