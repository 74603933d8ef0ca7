package app.coulisse.breakdown;

import app.coulisse.cast.CastService;
import app.coulisse.cast.CharactersMerged;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.core.DomainException;
import app.coulisse.core.DomainValidation;
import app.coulisse.core.NotFoundException;
import app.coulisse.core.Positions;
import app.coulisse.core.UniqueViolations;
import app.coulisse.core.Versions;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.ChangeKind;
import app.coulisse.outline.SceneChanged;
import app.coulisse.outline.SceneField;
import app.coulisse.season.BulkEpisodeWrite;
import app.coulisse.season.EpisodeWrite;
import app.coulisse.security.Roles;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Element categories (the showrunner's), elements, and which elements each scene needs. */
@Service
@Transactional
public class BreakdownService {

    private final OutlineService outlineService;
    private final ElementCategoryRepository categories;
    private final BreakdownElementRepository elements;
    private final SceneElementRepository links;
    private final ApplicationEventPublisher events;
    private final DomainValidation validation;
    private final CastService castService;

    BreakdownService(OutlineService outlineService, ElementCategoryRepository categories,
                     BreakdownElementRepository elements, SceneElementRepository links,
                     ApplicationEventPublisher events, DomainValidation validation, CastService castService) {
        this.validation = validation;
        this.castService = castService;
        this.outlineService = outlineService;
        this.categories = categories;
        this.elements = elements;
        this.links = links;
        this.events = events;
    }

    /** The categories in breakdown-sheet order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<ElementCategory> categories() {
        return categories.findAllByOrderByPosition();
    }

    /** Adds a category at the end; names are unique. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public ElementCategory createCategory(String name, String colour) {
        ElementCategory category = new ElementCategory("", "#9E9E9E", categories.maxPosition() + 1);
        apply(category, name, colour);
        return UniqueViolations.refuseDuplicate(() -> categories.saveAndFlush(category),
                () -> new DomainException("category.name.taken", category.getName()));
    }

    /** Renames and recolours a category; the version guards against a concurrent change. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public ElementCategory updateCategory(long categoryId, long version, String name, String colour) {
        ElementCategory category = category(categoryId);
        Versions.require(category.getVersion(), version, "error.conflict");
        apply(category, name, colour);
        return UniqueViolations.refuseDuplicate(() -> categories.saveAndFlush(category),
                () -> new DomainException("category.name.taken", category.getName()));
    }

    /** Checks {@link ElementCategory}'s constraints on a copy, then the unique name, before the category changes. */
    private void apply(ElementCategory category, String name, String colour) {
        ElementCategory typed = validation.check(new ElementCategory(name == null ? "" : name.trim(),
                colour == null ? null : colour.trim().toUpperCase(Locale.ROOT), category.getPosition()));
        categories.findByNameIgnoreCase(typed.getName()).filter(other -> !other.getId().equals(category.getId()))
                .ifPresent(other -> {
                    throw new DomainException("category.name.taken", typed.getName());
                });
        category.setName(typed.getName());
        category.setColour(typed.getColour());
    }

    /** Moves a category one place up (negative) or down (positive) in the order. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public List<ElementCategory> moveCategory(long categoryId, int direction) {
        List<ElementCategory> ordered = categories.findAllByOrderByPosition();
        Positions.move(ordered, category(categoryId), direction, ElementCategory::setPosition);
        return ordered;
    }

    /** One category by id. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public ElementCategory category(long categoryId) {
        return categories.findById(categoryId).orElseThrow(() -> new NotFoundException("category.not-found", categoryId));
    }

    /** A category's elements by name, with their scene counts, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<ElementSummary> elements(long categoryId) {
        return elements.summaries(categoryId);
    }

    /** Creates an element in a category; names are unique within the category. */
    @PreAuthorize(Roles.CAN_EDIT)
    public BreakdownElement createElement(long categoryId, String name) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty()) {
            throw new DomainException("element.name.required");
        }
        if (clean.length() > 150) {
            throw new DomainException("element.name.too-long");
        }
        ElementCategory category = category(categoryId);
        if (elements.findByCategoryIdAndNameIgnoreCase(categoryId, clean).isPresent()) {
            throw new DomainException("element.name.taken", clean, category.getName());
        }
        return elements.save(new BreakdownElement(category, clean));
    }

    /** Every element of every category: the names the series has for things, read by the suggestions. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<BreakdownElement> allElements() {
        return elements.findAll();
    }

    /** The category's element of that name (case ignored), created when there is none. */
    @PreAuthorize(Roles.CAN_EDIT)
    public BreakdownElement findOrCreateElement(long categoryId, String name) {
        String clean = name == null ? "" : name.trim();
        return elements.findByCategoryIdAndNameIgnoreCase(categoryId, clean)
                .orElseGet(() -> createElement(categoryId, clean));
    }

    /** How many scene tags go with an element if it is deleted. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public long elementTagCount(long elementId) {
        return links.countByElementId(elementId);
    }

    /** Deletes an element and its scene tags. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void deleteElement(@EpisodeWrite(BreakdownElement.class) long elementId) {
        BreakdownElement element = elements.findById(elementId)
                .orElseThrow(() -> new NotFoundException("element.not-found", elementId));
        events.publishEvent(BulkEpisodeWrite.of(links.episodesOfElement(elementId)));
        links.deleteByElement(elementId);
        elements.delete(element);
    }

    /** Tags an element in a scene with a quantity and note, or updates the tag if it is there; gives back the tag. */
    @PreAuthorize(Roles.CAN_EDIT)
    public SceneElement tagElement(@EpisodeWrite(Scene.class) long sceneId, long elementId, int quantity, String note) {
        Scene scene = outlineService.scene(sceneId);
        if (quantity < 1) {
            throw new DomainException("element.quantity.range");
        }
        String cleanNote = validation.checkValue(SceneElement.class, "note",
                note == null || note.isBlank() ? null : note.trim());
        SceneElement link = links.findBySceneIdAndElementId(sceneId, elementId).orElseGet(() ->
                new SceneElement(scene, elements.findById(elementId)
                        .orElseThrow(() -> new NotFoundException("element.not-found", elementId))));
        String before = link.getId() == null ? null : elementText(link);
        link.setQuantity(quantity);
        link.setNote(cleanNote);
        events.publishEvent(new SceneChanged(sceneId, ChangeKind.TAG, SceneField.ELEMENT, before, elementText(link)));
        return links.save(link);
    }

    /**
     * Gives an element tagged in a scene to the characters of the scene who wear it; none: the scene's as a whole.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public void giveElement(@EpisodeWrite(Scene.class) long sceneId, long elementId, Set<Long> characterIds) {
        outlineService.scene(sceneId);
        SceneElement link = links.findBySceneIdAndElementId(sceneId, elementId)
                .orElseThrow(() -> new NotFoundException("element.not-found", elementId));
        Map<Long, SceneAppearance> cast = castService.sceneCast(sceneId).stream()
                .collect(Collectors.toMap(SceneAppearance::characterId, Function.identity()));
        if (!cast.keySet().containsAll(characterIds)) {
            throw new DomainException("element.wearer.not-in-scene");
        }
        String before = wornBy(link, cast);
        link.getWearers().clear();
        link.getWearers().addAll(characterIds);
        events.publishEvent(new SceneChanged(sceneId, ChangeKind.TAG, SceneField.ELEMENT, before, wornBy(link, cast)));
    }

    /** "Wardrobe: Tulle veils × 23 – 3. CHEYENNE TOUSSAINT, 5. GAEL": the tag and who wears it, for the history. */
    private static String wornBy(SceneElement link, Map<Long, SceneAppearance> cast) {
        String wearers = link.getWearers().stream().map(cast::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparingInt(SceneAppearance::castId)).map(SceneAppearance::castLabel)
                .collect(Collectors.joining(", "));
        return elementText(link) + (wearers.isEmpty() ? "" : " – " + wearers);
    }

    /** Who wears which element of a scene. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<ElementWearer> sceneWearers(long sceneId) {
        return links.wearersInScene(sceneId);
    }

    /** Who wears which element in every scene of an episode, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<ElementWearer> episodeWearers(long episodeId) {
        return links.wearersInEpisode(episodeId);
    }

    /** Who wears which element in every scene of the season, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<ElementWearer> seasonWearers() {
        return links.wearersInSeason();
    }

    /** A merged-away character's costumes go to the survivor. */
    @EventListener
    void onCharactersMerged(CharactersMerged merged) {
        links.moveWearers(merged.duplicateId(), merged.survivorId());
    }

    /** Takes an element out of a scene. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void untagElement(@EpisodeWrite(Scene.class) long sceneId, long elementId) {
        outlineService.scene(sceneId);
        links.findBySceneIdAndElementId(sceneId, elementId).ifPresent(link -> {
            events.publishEvent(new SceneChanged(sceneId, ChangeKind.UNTAG, SceneField.ELEMENT, elementText(link), null));
            links.delete(link);
        });
    }

    /** An element tag as a scene's history shows it: "Props: Pointe shoes × 2 (note)". */
    private static String elementText(SceneElement link) {
        return link.getElement().getCategory().getName() + ": " + link.getElement().getName()
                + (link.getQuantity() > 1 ? " × " + link.getQuantity() : "")
                + (link.getNote() == null ? "" : " (" + link.getNote() + ")");
    }

    /** The elements tagged in a scene, by category order then name. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<ElementLink> sceneElements(long sceneId) {
        return links.byScene(sceneId);
    }

    /** Every element tagged in every scene of the season, with its category, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<ElementLink> seasonElements() {
        return links.inSeason();
    }

    /** Every element tag of an episode, by category order, element name, scene, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<ElementLink> episodeElements(long episodeId) {
        return links.byEpisode(episodeId);
    }

    /** The scenes an element is tagged in, in running order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<ElementLink> scenesOf(long elementId) {
        return links.byElement(elementId);
    }
}
