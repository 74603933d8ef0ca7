package app.coulisse.screenplay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes scenes' script texts inside the caller's transaction (imports, revise imports, pastes; record 049). Not
 * guarded itself: only the guarded services of this package call it.
 */
@Component
class ScriptTextWriter {

    private final ScriptTextStore store;
    private final ApplicationEventPublisher events;

    ScriptTextWriter(ScriptTextStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** A parsed scene's text as stored: its heading as the file wrote it, then its body without notes or page breaks. */
    static List<ScriptElement> text(ParsedScene scene) {
        return text(scene.heading().text(), scene.elements());
    }

    static List<ScriptElement> text(String heading, List<ScriptElement> body) {
        List<ScriptElement> text = new ArrayList<>();
        text.add(new ScriptElement(ElementType.HEADING, heading));
        body.stream().filter(element -> element.type().isKept()).forEach(text::add);
        return text;
    }

    /** Stores the texts of freshly imported scenes (scene id → parsed scene) in one batch, unrevised. */
    void storeNew(Map<Long, ParsedScene> scenes, Long revisionId) {
        List<ScriptTextStore.NewElement> rows = new ArrayList<>();
        scenes.forEach((sceneId, scene) -> {
            List<ScriptElement> text = text(scene);
            for (int i = 0; i < text.size(); i++) {
                rows.add(new ScriptTextStore.NewElement(sceneId, i, text.get(i), revisionId));
            }
        });
        store.insert(rows);
    }

    /**
     * Makes a scene's stored text the given one, elements whose words changed marked with the revision (null on the
     * original draft), and tells the listeners; answers what changed.
     */
    TextRevision revise(long sceneId, List<StoredElement> stored, List<ScriptElement> text, Long revisionId) {
        TextRevision revision = TextRevision.of(sceneId, stored, text, revisionId);
        // Moved elements may pass through each other's positions: positions carry no unique constraint for that.
        store.update(revision.updates());
        store.insert(revision.inserts());
        if (revision.changed()) {
            events.publishEvent(revision.event(sceneId, revisionId));
        }
        store.delete(revision.removed().stream().map(StoredElement::id).toList());
        return revision;
    }
}
