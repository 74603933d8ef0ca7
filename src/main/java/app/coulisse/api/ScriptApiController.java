package app.coulisse.api;

import app.coulisse.core.NotFoundException;
import app.coulisse.highlight.Highlight;
import app.coulisse.highlight.HighlightService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.revision.RevisionInfo;
import app.coulisse.revision.RevisionService;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A scene's script text over HTTP (issue 24, record 049); any logged-in user reads it, as the other episode reads. */
@RestController
@RequestMapping("/api/episodes")
class ScriptApiController {

    private final OutlineService outlineService;
    private final RevisionService revisionService;
    private final ScriptTextService texts;
    private final HighlightService highlights;

    ScriptApiController(OutlineService outlineService, RevisionService revisionService, ScriptTextService texts,
                        HighlightService highlights) {
        this.highlights = highlights;
        this.outlineService = outlineService;
        this.revisionService = revisionService;
        this.texts = texts;
    }

    /**
     * One element of the text; {@code id} is stable across revisions and paste, anchors count {@code [start, end)}
     * in {@code text}'s UTF-16 chars; {@code revised} is the asterisk: changed in the episode's current revision.
     */
    record ElementJson(long id, int position, String type, String text, String extension, boolean dualDialogue,
                       boolean revised) {
    }

    /**
     * A tag anchored on words of the text (record 050): the highlight's id, the element and the character range, the
     * words, what it tags ({@code CHARACTER}, {@code DANCE_NUMBER} or {@code ELEMENT}, the character, number or
     * element id and its name), and {@code needsCheck} when a revision cut the words (the range is where they were).
     */
    record AnchoredTagJson(long id, long elementId, int start, int end, String words, String kind, long targetId,
                           String name, boolean needsCheck) {

        static AnchoredTagJson of(Highlight highlight) {
            return new AnchoredTagJson(highlight.id(), highlight.range().elementId(), highlight.range().start(),
                    highlight.range().end(), highlight.words(), highlight.kind().name(), highlight.targetId(),
                    highlight.name(), highlight.needsCheck());
        }
    }

    /** A scene's text in order (heading first; empty when never imported nor pasted) and its anchored tags. */
    record ScriptJson(long episodeId, long sceneId, String number, boolean omitted, String revision,
                      List<ElementJson> elements, List<AnchoredTagJson> tags) {
    }

    /** The scene's script text as typed elements with their ids, and the tags anchored on it. */
    @GetMapping("/{id}/scenes/{sceneId}/script")
    ScriptJson script(@PathVariable long id, @PathVariable long sceneId) {
        Scene scene = outlineService.scene(sceneId);
        if (scene.getEpisode().getId() != id) {
            throw new NotFoundException("scene.not-found", sceneId);
        }
        RevisionInfo current = revisionService.current(id);
        List<ElementJson> elements = texts.sceneText(sceneId).stream().map(element -> json(element, current)).toList();
        return new ScriptJson(id, sceneId, scene.getNumber(), scene.isOmitted(),
                current.id() == null ? null : current.colour().name(), elements,
                highlights.sceneHighlights(sceneId).stream().map(AnchoredTagJson::of).toList());
    }

    private static ElementJson json(StoredElement element, RevisionInfo current) {
        return new ElementJson(element.id(), element.position(), element.type().name(), element.text(),
                element.extension(), element.dualDialogue(), element.revisedIn(current.id()));
    }
}
