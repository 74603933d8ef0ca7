package app.coulisse.screenplay.ui;

import app.coulisse.outline.ui.SceneLink;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** From a scene's card or one-liner row, one click to its text in the episode's script. */
@Component
@Order(10)
class ScriptSceneLink implements SceneLink {

    @Override
    public String labelKey() {
        return "screenplay.reader.open-scene";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.FILE_TEXT_O;
    }

    @Override
    public String idPart() {
        return "script";
    }

    @Override
    public void open(long episodeId, long sceneId) {
        ScriptNavigation.toScene(episodeId, sceneId);
    }
}
