package app.coulisse.suggestion;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementCategory;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.cast.CastService;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.dance.DanceLink;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.screenplay.ElementType;
import app.coulisse.screenplay.ScriptElement;
import app.coulisse.screenplay.ScriptImported;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import app.coulisse.season.Episode;
import app.coulisse.season.EpisodeWrite;
import app.coulisse.security.Roles;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags the script suggests, kept for review (record 051): read from each import, accepted (as suggested or edited)
 * or rejected by a writer, never applied on their own. A decided suggestion is never suggested again for its scene.
 */
@Service
@Transactional
public class SuggestionService {

    private static final ElementLexicon LEXICON = ElementLexicon.bundled();

    private final OutlineService outlineService;
    private final CastService castService;
    private final DanceService danceService;
    private final BreakdownService breakdownService;
    private final SceneSuggestionRepository suggestions;
    private final ScriptTextService scriptText;

    SuggestionService(OutlineService outlineService, CastService castService, DanceService danceService,
                      BreakdownService breakdownService, SceneSuggestionRepository suggestions,
                      ScriptTextService scriptText) {
        this.outlineService = outlineService;
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
        this.suggestions = suggestions;
        this.scriptText = scriptText;
    }

    /**
     * Reads the scenes' script and stores what it suggests, in a fixed number of statements for the whole episode:
     * what is already tagged is not suggested, a decided suggestion is not suggested again, a pending one takes the
     * new reading and one the script no longer supports goes. Gives the number of suggestions pending in the scenes.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public int propose(@EpisodeWrite(Episode.class) long episodeId, List<ScriptImported.SceneText> scenes) {
        SuggestionEngine engine = new SuggestionEngine(catalog(), LEXICON);
        Tagged tagged = new Tagged(episodeId);
        Set<Long> sceneIds = new HashSet<>();
        scenes.forEach(scene -> sceneIds.add(scene.sceneId()));
        Map<Long, Map<String, SceneSuggestion>> stored = new HashMap<>();
        for (SceneSuggestion suggestion : suggestions.findBySceneIdIn(sceneIds)) {
            stored.computeIfAbsent(suggestion.sceneId(), id -> new HashMap<>())
                    .put(suggestion.kind() + " " + suggestion.nameKey(), suggestion);
        }
        List<SceneSuggestion> added = new ArrayList<>();
        List<SceneSuggestion> gone = new ArrayList<>();
        int pending = 0;
        for (ScriptImported.SceneText scene : scenes) {
            Map<String, SceneSuggestion> known = stored.getOrDefault(scene.sceneId(), Map.of());
            Set<String> read = new HashSet<>();
            for (Candidate candidate : engine.suggest(scene.elements())) {
                String key = candidate.kind() + " " + candidate.key();
                SceneSuggestion existing = known.get(key);
                if (tagged.has(scene.sceneId(), candidate)
                        || existing != null && existing.status() != SuggestionStatus.PENDING) {
                    continue;
                }
                read.add(key);
                pending++;
                if (existing == null) {
                    added.add(new SceneSuggestion(scene.sceneId(), candidate));
                } else {
                    existing.read(candidate);
                }
            }
            known.forEach((key, suggestion) -> {
                if (suggestion.status() == SuggestionStatus.PENDING && !read.contains(key)) {
                    gone.add(suggestion);
                }
            });
        }
        suggestions.deleteAll(gone);
        suggestions.saveAll(added);
        return pending;
    }

    /**
     * Reads the episode's stored script again, as an import would (after a catalog element or an alias was added):
     * played scenes with a text only. Rejected suggestions stay rejected, accepted ones are not proposed again,
     * pending ones keep their id. Gives the number pending in those scenes.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public int suggestAgain(@EpisodeWrite(Episode.class) long episodeId) {
        Set<Long> played = new HashSet<>();
        outlineService.scenes(episodeId).stream().filter(scene -> !scene.isOmitted())
                .forEach(scene -> played.add(scene.getId()));
        return propose(episodeId, bodies(scriptText.episodeText(episodeId), played));
    }

    /** The same for one scene (none when it is omitted or has no text). */
    @PreAuthorize(Roles.CAN_EDIT)
    public int suggestAgainInScene(@EpisodeWrite(Scene.class) long sceneId) {
        Scene scene = outlineService.scene(sceneId);
        Set<Long> played = scene.isOmitted() ? Set.of() : Set.of(sceneId);
        return propose(scene.getEpisode().getId(), bodies(Map.of(sceneId, scriptText.sceneText(sceneId)), played));
    }

    /** Stored texts as an import hands them over: each played scene with a text, its body without the heading. */
    private static List<ScriptImported.SceneText> bodies(Map<Long, List<StoredElement>> texts, Set<Long> played) {
        List<ScriptImported.SceneText> bodies = new ArrayList<>();
        texts.forEach((sceneId, text) -> {
            if (played.contains(sceneId) && !text.isEmpty()) {
                bodies.add(new ScriptImported.SceneText(sceneId, text.stream()
                        .filter(element -> element.type() != ElementType.HEADING)
                        .map(element -> new ScriptElement(element.type(), element.text(), element.dualDialogue()))
                        .toList()));
            }
        });
        return bodies;
    }

    /** The episode's suggestions in scene order, those with one of the given statuses. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<SuggestionView> episodeSuggestions(long episodeId, Set<SuggestionStatus> statuses) {
        return suggestions.views(episodeId, statuses.isEmpty() ? EnumSet.allOf(SuggestionStatus.class) : statuses);
    }

    /** A scene's pending suggestions in the order the script gave them. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<SuggestionView> pending(long sceneId) {
        return suggestions.pendingInScene(sceneId);
    }

    /** How many suggestions wait in each scene of the episode (scenes with none left out), in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Map<Long, Long> pendingCounts(long episodeId) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        suggestions.pendingCounts(episodeId).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** One suggestion by id. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public SuggestionView suggestion(long suggestionId) {
        return suggestions.view(suggestionId)
                .orElseThrow(() -> new NotFoundException("suggestion.not-found", suggestionId));
    }

    /**
     * Tags what the suggestion says, with the reviewer's edits: a character as a non-speaking appearance, a dance
     * number, an element (made in its category when new, quantity 1). Something already tagged stays as it is.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public SuggestionView accept(@EpisodeWrite(Scene.class) long sceneId, long suggestionId, SuggestionEdit edit) {
        SceneSuggestion suggestion = undecided(sceneId, suggestionId);
        apply(suggestion, edit == null ? SuggestionEdit.NONE : edit);
        suggestion.decide(SuggestionStatus.ACCEPTED);
        suggestions.flush();
        return suggestion(suggestionId);
    }

    /** Rejects a suggestion: nothing is tagged, and later imports of the scene do not suggest it again. */
    @PreAuthorize(Roles.CAN_EDIT)
    public SuggestionView reject(@EpisodeWrite(Scene.class) long sceneId, long suggestionId) {
        SceneSuggestion suggestion = undecided(sceneId, suggestionId);
        suggestion.decide(SuggestionStatus.REJECTED);
        suggestions.flush();
        return suggestion(suggestionId);
    }

    /**
     * Accepts every pending suggestion of the scene as suggested; an element without a category is left for the
     * reviewer to choose one. Gives how many were accepted.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public int acceptAll(@EpisodeWrite(Scene.class) long sceneId) {
        int accepted = 0;
        for (SceneSuggestion suggestion
                : suggestions.findBySceneIdAndStatusOrderById(sceneId, SuggestionStatus.PENDING)) {
            if (suggestion.kind() != SuggestionKind.ELEMENT || suggestion.categoryId() != null) {
                apply(suggestion, SuggestionEdit.NONE);
                suggestion.decide(SuggestionStatus.ACCEPTED);
                accepted++;
            }
        }
        return accepted;
    }

    private SceneSuggestion undecided(long sceneId, long suggestionId) {
        SceneSuggestion suggestion = suggestions.findById(suggestionId).filter(found -> found.sceneId() == sceneId)
                .orElseThrow(() -> new NotFoundException("suggestion.not-found", suggestionId));
        if (suggestion.status() != SuggestionStatus.PENDING) {
            throw new DomainException("suggestion.decided");
        }
        return suggestion;
    }

    private void apply(SceneSuggestion suggestion, SuggestionEdit edit) {
        long sceneId = suggestion.sceneId();
        String name = edit.nameOr(suggestion.name());
        switch (suggestion.kind()) {
            case CHARACTER -> castService.tagByHand(sceneId, name.equals(suggestion.name())
                    ? suggestion.targetId() : characterNamed(name));
            case DANCE_NUMBER -> {
                long danceNumberId = name.equals(suggestion.name()) ? suggestion.targetId() : danceNumberNamed(name);
                if (danceService.sceneNumbers(sceneId).stream()
                        .noneMatch(link -> link.danceNumberId() == danceNumberId)) {
                    danceService.link(sceneId, danceNumberId, null);
                }
            }
            case ELEMENT -> {
                Long categoryId = edit.categoryOr(suggestion.categoryId());
                if (categoryId == null) {
                    throw new DomainException("suggestion.category.required");
                }
                boolean asSuggested = suggestion.targetId() != null && name.equals(suggestion.name())
                        && categoryId.equals(suggestion.categoryId());
                long elementId = asSuggested ? suggestion.targetId()
                        : breakdownService.findOrCreateElement(categoryId, name).getId();
                if (breakdownService.sceneElements(sceneId).stream().noneMatch(link -> link.elementId() == elementId)) {
                    breakdownService.tagElement(sceneId, elementId, 1, null);
                }
            }
        }
    }

    private long characterNamed(String name) {
        List<String> keys = Words.keys(name);
        return castService.characters().stream()
                .filter(character -> Words.keys(character.getName()).equals(keys)
                        || character.aliasList().stream().anyMatch(alias -> Words.keys(alias).equals(keys)))
                .map(StoryCharacter::getId).findFirst()
                .orElseThrow(() -> new DomainException("suggestion.character.unknown", name));
    }

    private long danceNumberNamed(String title) {
        List<String> keys = Words.keys(title);
        return danceService.danceNumbers().stream().filter(number -> Words.keys(number.getTitle()).equals(keys))
                .map(DanceNumber::getId).findFirst()
                .orElseThrow(() -> new DomainException("suggestion.dance-number.unknown", title));
    }

    /** The series' names as the engine reads them: four statements. */
    private Catalog catalog() {
        List<Catalog.Entry> characters = castService.characters().stream()
                .map(character -> new Catalog.Entry(character.getId(), character.getName(), character.aliasList()))
                .toList();
        List<Catalog.Entry> numbers = danceService.danceNumbers().stream()
                .map(number -> new Catalog.Entry(number.getId(), number.getTitle(), List.of())).toList();
        List<Catalog.Element> elements = breakdownService.allElements().stream()
                .map(element -> new Catalog.Element(element.getId(), element.getName(), element.getCategory().getId()))
                .toList();
        Map<String, Long> categories = new HashMap<>();
        for (ElementCategory category : breakdownService.categories()) {
            if (category.getSeedKey() != null) {
                categories.put(category.getSeedKey(), category.getId());
            }
        }
        return new Catalog(characters, numbers, elements, categories);
    }

    /** What the episode's scenes already carry, read in three statements: never suggested again. */
    private final class Tagged {

        private final Set<String> tags = new HashSet<>();

        Tagged(long episodeId) {
            for (SceneAppearance appearance : castService.episodeCast(episodeId)) {
                tags.add(appearance.sceneId() + " C " + appearance.characterId());
            }
            for (DanceLink link : danceService.episodeLinks(episodeId)) {
                tags.add(link.sceneId() + " D " + link.danceNumberId());
            }
            for (ElementLink link : breakdownService.episodeElements(episodeId)) {
                tags.add(link.sceneId() + " E " + link.elementId());
                tags.add(link.sceneId() + " E " + SuggestionEngine.key(link.elementName()));
            }
        }

        boolean has(long sceneId, Candidate candidate) {
            return switch (candidate.kind()) {
                case CHARACTER -> tags.contains(sceneId + " C " + candidate.targetId());
                case DANCE_NUMBER -> tags.contains(sceneId + " D " + candidate.targetId());
                case ELEMENT -> candidate.targetId() != null && tags.contains(sceneId + " E " + candidate.targetId())
                        || tags.contains(sceneId + " E " + candidate.key());
            };
        }
    }
}
