package app.coulisse.live.ui;

import app.coulisse.live.ChangeBus;
import app.coulisse.live.Presence;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.ui.SceneEditorSection;
import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;

/** Puts the "changed elsewhere" state at the top of every saved scene's editor, in sight while it scrolls. */
@org.springframework.stereotype.Component
@Order(0)
class ChangedElsewhereSection implements SceneEditorSection {

    private final OutlineService outlineService;
    private final ChangeBus bus;
    private final Presence presence;

    ChangedElsewhereSection(OutlineService outlineService, ChangeBus bus, Presence presence) {
        this.outlineService = outlineService;
        this.bus = bus;
        this.presence = presence;
    }

    @Override
    public boolean isNotice() {
        return true;
    }

    @Override
    public Component create(long sceneId) {
        return new ChangedElsewhere(sceneId, outlineService, bus, presence);
    }
}
