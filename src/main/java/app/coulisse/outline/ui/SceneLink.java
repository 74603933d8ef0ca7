package app.coulisse.outline.ui;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A one-click way from a scene's board card and one-liner row to another feature's screen about that scene (the
 * scene's script text), so the outline does not depend on the feature (record 048).
 */
public interface SceneLink {

    /** Translation key of the link's tooltip and screen-reader label. */
    String labelKey();

    VaadinIcon icon();

    /** The button's id part: the button on scene 12's card is {@code scene-12-<idPart>}. */
    String idPart();

    /** Opens the other screen on the scene. */
    void open(long episodeId, long sceneId);
}
