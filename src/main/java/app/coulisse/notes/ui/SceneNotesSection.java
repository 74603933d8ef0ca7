package app.coulisse.notes.ui;

import app.coulisse.live.ChangeBus;
import app.coulisse.notes.SceneNoteService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.ui.SceneEditorSection;
import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;

/** The scene's thread at the end of its editor. */
@org.springframework.stereotype.Component
@Order(100)
class SceneNotesSection implements SceneEditorSection {

    private final SceneNoteService service;
    private final OutlineService outlineService;
    private final ChangeBus bus;

    SceneNotesSection(SceneNoteService service, OutlineService outlineService, ChangeBus bus) {
        this.service = service;
        this.outlineService = outlineService;
        this.bus = bus;
    }

    @Override
    public Component create(long sceneId) {
        return new SceneNotesPanel(sceneId, outlineService.scene(sceneId).getEpisode().getId(), service, bus);
    }
}
