package app.coulisse.revision.ui;

import app.coulisse.live.ChangeBus;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.ui.SceneEditorSection;
import app.coulisse.revision.RevisionService;
import app.coulisse.revision.SceneHistoryService;
import app.coulisse.security.CurrentUser;
import com.vaadin.flow.component.Component;
import org.springframework.beans.factory.ObjectProvider;

/** Puts the scene's history, with restore and next/previous change, into the scene editor. */
@org.springframework.stereotype.Component
class SceneHistorySection implements SceneEditorSection {

    private final SceneHistoryService history;
    private final RevisionService revisions;
    private final OutlineService outlineService;
    private final ObjectProvider<CurrentUser> currentUser;
    private final ChangeBus bus;

    SceneHistorySection(SceneHistoryService history, RevisionService revisions, OutlineService outlineService,
                        ObjectProvider<CurrentUser> currentUser, ChangeBus bus) {
        this.history = history;
        this.revisions = revisions;
        this.outlineService = outlineService;
        this.currentUser = currentUser;
        this.bus = bus;
    }

    @Override
    public Component create(long sceneId) {
        return new SceneHistoryPanel(history, revisions, outlineService, bus, sceneId,
                currentUser.getObject().canEdit());
    }
}
