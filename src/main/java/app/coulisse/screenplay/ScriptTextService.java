package app.coulisse.screenplay;

import app.coulisse.core.DomainException;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.revision.RevisionService;
import app.coulisse.season.EpisodeWrite;
import app.coulisse.security.Roles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each scene's script text, kept as ordered elements with stable ids (record 049): read for a scene or a whole
 * episode in one statement, and replaced by a writer's Fountain paste. Imports write it through the import service.
 */
@Service
@Transactional
public class ScriptTextService {

    /** The longest paste accepted: a scene is a few pages; a whole screenplay pasted into one scene is a mistake. */
    public static final int MAX_PASTE_CHARS = 200_000;

    private final OutlineService outlineService;
    private final RevisionService revisionService;
    private final ScriptTextStore store;
    private final ScriptTextWriter writer;
    private final SceneScriptRepository fingerprints;
    private final ScreenplayReader reader = new ScreenplayReader();

    ScriptTextService(OutlineService outlineService, RevisionService revisionService, ScriptTextStore store,
                      ScriptTextWriter writer, SceneScriptRepository fingerprints) {
        this.outlineService = outlineService;
        this.revisionService = revisionService;
        this.store = store;
        this.writer = writer;
        this.fingerprints = fingerprints;
    }

    /** A scene's text in order, heading first; empty for a scene made by hand or imported before texts were kept. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<StoredElement> sceneText(long sceneId) {
        outlineService.scene(sceneId);
        return store.ofScene(sceneId);
    }

    /** The texts of an episode's scenes by scene id, each in order; scenes without text are absent. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Map<Long, List<StoredElement>> episodeText(long episodeId) {
        return store.ofEpisode(episodeId);
    }

    /**
     * Replaces a scene's body with Fountain text parsed as an import would; the heading stays the scene's own. The
     * elements whose words change are marked with the episode's current revision. Refused, nothing changed, when the
     * text holds a second scene heading.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public List<StoredElement> pasteFountain(@EpisodeWrite(Scene.class) long sceneId, String fountain) {
        Scene scene = outlineService.scene(sceneId);
        String text = fountain == null ? "" : fountain;
        if (text.length() > MAX_PASTE_CHARS) {
            throw new DomainException("screenplay.text.too-long", MAX_PASTE_CHARS);
        }
        ParsedScene parsed = body(scene, text);
        List<StoredElement> stored = store.ofScene(sceneId);
        String heading = stored.isEmpty() || stored.getFirst().type() != ElementType.HEADING ? scene.heading()
                : stored.getFirst().text();
        Long revision = revisionService.current(scene.getEpisode().getId()).id();
        writer.revise(sceneId, stored, ScriptTextWriter.text(heading, parsed.elements()), revision);
        String fingerprint = ScriptFingerprint.of(parsed);
        fingerprints.findById(sceneId).ifPresentOrElse(script -> script.fingerprint(fingerprint),
                () -> fingerprints.save(new SceneScript(sceneId, fingerprint)));
        return store.ofScene(sceneId);
    }

    /**
     * The paste read as the body of the scene: after a forced heading standing for the scene's own, so a paste that
     * starts with its own heading reads as one empty scene then its own, and anything more holds a second heading.
     */
    private ParsedScene body(Scene scene, String text) {
        Screenplay screenplay;
        try {
            screenplay = reader.read("paste.fountain",
                    ("." + scene.heading() + "\n\n" + text).getBytes(StandardCharsets.UTF_8));
        } catch (UnreadableScreenplayException e) {
            throw e.refusal();
        }
        List<ParsedScene> scenes = screenplay.scenes();
        boolean ownHeadingFirst = scenes.size() == 2
                && scenes.getFirst().elements().stream().noneMatch(element -> element.type().isKept());
        if (scenes.size() > 2 || (scenes.size() == 2 && !ownHeadingFirst)) {
            throw new DomainException("screenplay.text.second-heading");
        }
        return scenes.getLast();
    }
}
