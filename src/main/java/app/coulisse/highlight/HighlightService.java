package app.coulisse.highlight;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.cast.CharacterCategory;
import app.coulisse.cast.NewCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.screenplay.RevisedText;
import app.coulisse.screenplay.SceneTextRevised;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import app.coulisse.season.EpisodeWrite;
import app.coulisse.security.Roles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags made by highlighting words of a scene's script, and their highlights kept on those words through revisions
 * (record 050). A selection is checked before anything is created, so a refused one changes nothing.
 */
@Service
@Transactional
public class HighlightService {

    /** The longest highlight: a name or a phrase, not a page; the column holds a thousand characters. */
    static final int MAX_CHARS = 300;

    private final TagAnchorRepository anchors;
    private final ScriptTextService scriptText;
    private final OutlineService outlineService;
    private final CastService castService;
    private final DanceService danceService;
    private final BreakdownService breakdownService;

    HighlightService(TagAnchorRepository anchors, ScriptTextService scriptText, OutlineService outlineService,
                     CastService castService, DanceService danceService, BreakdownService breakdownService) {
        this.anchors = anchors;
        this.scriptText = scriptText;
        this.outlineService = outlineService;
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
    }

    /** A scene's highlights in text order, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Highlight> sceneHighlights(long sceneId) {
        return anchors.byScene(sceneId);
    }

    /** Every highlight of an episode, scene by scene, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Highlight> episodeHighlights(long episodeId) {
        return anchors.byEpisode(episodeId);
    }

    /** The highlights of an episode whose words a revision cut: tags a person should check. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Highlight> flagged(long episodeId) {
        return anchors.flaggedInEpisode(episodeId);
    }

    /** How many highlights to check in each scene of an episode; scenes with none are absent. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Map<Long, Long> flaggedCounts(long episodeId) {
        Map<Long, Long> counts = new HashMap<>();
        anchors.flaggedCounts(episodeId).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The selected words, once the selection is checked; refused with the reason, as {@link #highlight} would. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional(readOnly = true)
    public String words(Selection selection) {
        return check(selection).words();
    }

    /**
     * Tags the words selected in a scene as the target (created first when new) and keeps the highlight on them; a
     * selection that starts in another scene is refused as one across scenes.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public Highlight highlight(@EpisodeWrite(Scene.class) long sceneId, Selection selection, TagTarget target) {
        if (selection.startSceneId() != sceneId) {
            throw new DomainException("highlight.selection.two-scenes");
        }
        Selected selected = check(selection);
        return anchor(selected, target);
    }

    /** Takes a highlight off its words in its scene; the tag stays in the scene. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void remove(@EpisodeWrite(Scene.class) long sceneId, long highlightId) {
        anchors.delete(anchorIn(sceneId, highlightId));
    }

    /** Tags a highlight's words as something else: a new highlight on the same words replaces it. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Highlight retag(@EpisodeWrite(Scene.class) long sceneId, long highlightId, TagTarget target) {
        TagAnchor old = anchorIn(sceneId, highlightId);
        if (old.needsCheck()) {
            throw new DomainException("highlight.retag.flagged");
        }
        Highlight made = anchor(new Selected(outlineService.scene(sceneId), old.range(), old.words()), target);
        anchors.delete(old);
        return made;
    }

    private TagAnchor anchorIn(long sceneId, long highlightId) {
        TagAnchor anchor = anchor(highlightId);
        if (anchor.sceneId() != sceneId) {
            throw new NotFoundException("highlight.not-found", highlightId);
        }
        return anchor;
    }

    /**
     * The highlights a revise import would flag, from its dry run's texts (record 050): those not flagged yet whose
     * words the new text loses, leaving out the tags the import removes. The commit flags exactly these.
     */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Highlight> wouldFlag(long episodeId, List<RevisedText> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        Map<Long, RevisedText> byScene = new HashMap<>();
        texts.forEach(text -> byScene.put(text.sceneId(), text));
        Map<Long, Reanchoring> reanchorings = new HashMap<>();
        List<Highlight> flagged = new ArrayList<>();
        for (Highlight highlight : anchors.byEpisode(episodeId)) {
            RevisedText text = byScene.get(highlight.sceneId());
            if (text == null || highlight.needsCheck() || highlight.kind() == TagKind.CHARACTER
                    && text.removedSpeakers().contains(highlight.targetId())) {
                continue;
            }
            Reanchoring reanchoring = reanchorings.computeIfAbsent(highlight.sceneId(),
                    id -> reanchoring(text.change(), elementTexts(text.after())));
            if (reanchoring.follow(highlight.range()).isEmpty()) {
                flagged.add(highlight);
            }
        }
        return flagged;
    }

    /**
     * A scene's text was revised (an import or a paste): each highlight follows its words into the new text, or,
     * when they are gone, stays where it was, flagged with the revision, for a person to check; never dropped.
     */
    @EventListener
    void onTextRevised(SceneTextRevised revised) {
        List<TagAnchor> inScene = anchors.inScenes(List.of(revised.sceneId()));
        if (inScene.isEmpty()) {
            return;
        }
        List<ElementText> after = elementTexts(scriptText.sceneText(revised.sceneId()));
        Reanchoring reanchoring = reanchoring(revised, after);
        Map<Long, String> texts = new HashMap<>();
        after.forEach(element -> texts.put(element.id(), element.text()));
        for (TagAnchor anchor : inScene) {
            Optional<TextRange> followed = reanchoring.follow(anchor.range());
            if (followed.isPresent()) {
                TextRange range = followed.get();
                anchor.moveTo(range, texts.get(range.elementId()).substring(range.start(), range.end()));
            } else if (!anchor.needsCheck()) {
                anchor.flag(revised.revisionId());
            }
        }
    }

    private static List<ElementText> elementTexts(List<StoredElement> elements) {
        return elements.stream().map(element -> new ElementText(element.id(), element.text())).toList();
    }

    /** One rule for the commit and its dry run: the scene's old text rebuilt from the change, diffed with the new. */
    private static Reanchoring reanchoring(SceneTextRevised revised, List<ElementText> after) {
        return Reanchoring.between(before(revised, after), after);
    }

    /** The scene's text as it was: the reworded elements with their old words, the removed ones back in place. */
    private static List<ElementText> before(SceneTextRevised revised, List<ElementText> after) {
        Map<Long, String> oldWords = new HashMap<>();
        revised.reworded().forEach(reworded -> oldWords.put(reworded.elementId(), reworded.before()));
        List<ElementText> before = new ArrayList<>(after.stream()
                .map(element -> new ElementText(element.id(), oldWords.getOrDefault(element.id(), element.text())))
                .toList());
        for (StoredElement removed : revised.removed()) {
            before.add(Math.min(removed.position(), before.size()), new ElementText(removed.id(), removed.text()));
        }
        return before;
    }

    private TagAnchor anchor(long highlightId) {
        return anchors.findById(highlightId).orElseThrow(() -> new NotFoundException("highlight.not-found", highlightId));
    }

    /** A checked selection: its scene, the range trimmed of surrounding spaces, and the words. */
    private record Selected(Scene scene, TextRange range, String words) {
    }

    /** Refuses, with the reason, a selection across scenes or paragraphs, an empty one, or one on OMITTED text. */
    private Selected check(Selection selection) {
        if (selection.startSceneId() != selection.endSceneId()) {
            throw new DomainException("highlight.selection.two-scenes");
        }
        Scene scene = outlineService.scene(selection.startSceneId());
        if (scene.isOmitted()) {
            throw new DomainException("highlight.selection.omitted");
        }
        if (selection.startElementId() != selection.endElementId()) {
            throw new DomainException("highlight.selection.two-paragraphs");
        }
        String text = scriptText.sceneText(scene.getId()).stream()
                .filter(element -> element.id() == selection.startElementId()).map(StoredElement::text).findFirst()
                .orElseThrow(() -> new DomainException("highlight.selection.stale"));
        int start = Math.min(selection.startOffset(), selection.endOffset());
        int end = Math.max(selection.startOffset(), selection.endOffset());
        if (start < 0 || end > text.length()) {
            throw new DomainException("highlight.selection.stale");
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new DomainException("highlight.selection.empty");
        }
        if (end - start > MAX_CHARS) {
            throw new DomainException("highlight.selection.too-long", MAX_CHARS);
        }
        return new Selected(scene, new TextRange(selection.startElementId(), start, end), text.substring(start, end));
    }

    private Highlight anchor(Selected selected, TagTarget target) {
        long sceneId = selected.scene().getId();
        TagAnchor anchor = switch (target) {
            case TagTarget.Character character -> TagAnchor.on(castService.tagByHand(sceneId,
                    character.characterId() != null ? character.characterId()
                            : castService.createCharacter(new NewCharacter(character.newName(), null, null, null,
                            false, CharacterCategory.DAY_PLAYER)).getId()), selected.range(), selected.words());
            case TagTarget.DanceNumber number -> TagAnchor.on(danceService.link(sceneId,
                    number.danceNumberId() != null ? number.danceNumberId()
                            : danceService.create(DanceNumberDraft.titled(number.newTitle())).getId(), number.note()),
                    selected.range(), selected.words());
            case TagTarget.Element element -> TagAnchor.on(breakdownService.tagElement(sceneId,
                    element.elementId() != null ? element.elementId()
                            : breakdownService.createElement(element.categoryId(), element.newName()).getId(),
                    element.quantity(), element.note()), selected.range(), selected.words());
        };
        long id = anchors.save(anchor).getId();
        return anchors.byScene(sceneId).stream().filter(highlight -> highlight.id() == id).findFirst().orElseThrow();
    }
}
