package app.coulisse.cast;

import app.coulisse.core.DomainException;
import app.coulisse.core.DomainValidation;
import app.coulisse.core.NotFoundException;
import app.coulisse.core.UniqueViolations;
import app.coulisse.core.Versions;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.ChangeKind;
import app.coulisse.outline.SceneChanged;
import app.coulisse.outline.SceneField;
import app.coulisse.season.Company;
import app.coulisse.season.EpisodeWrite;
import app.coulisse.season.SeasonService;
import app.coulisse.season.Series;
import app.coulisse.security.Roles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The character catalog with cast IDs, and who appears in which scene. */
@Service
@Transactional
public class CastService {

    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final StoryCharacterRepository characters;
    private final AppearanceRepository appearances;
    private final ApplicationEventPublisher events;
    private final DomainValidation validation;

    CastService(SeasonService seasonService, OutlineService outlineService, StoryCharacterRepository characters,
                AppearanceRepository appearances, ApplicationEventPublisher events, DomainValidation validation) {
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.characters = characters;
        this.appearances = appearances;
        this.events = events;
        this.validation = validation;
    }

    /** The series' characters by cast ID. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<StoryCharacter> characters() {
        return characters.findBySeriesOrderByCastId(seasonService.series());
    }

    /** One page of the catalog with appearance counts, for a lazy grid. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Page<CharacterSummary> characterSummaries(Pageable pageable) {
        Pageable byCastIdUnlessSorted = pageable.getSort().isSorted() || pageable.isUnpaged() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("castId"));
        return characters.summaries(seasonService.series(), byCastIdUnlessSorted);
    }

    /** One catalog row by character id. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public CharacterSummary characterSummary(long characterId) {
        return characters.summary(characterId).orElseThrow(() -> new NotFoundException("character.not-found", characterId));
    }

    /** How many characters the series has. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public long characterCount() {
        return characters.countBySeries(seasonService.series());
    }

    /** One character by id. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public StoryCharacter character(long characterId) {
        return characters.findById(characterId).orElseThrow(() -> new NotFoundException("character.not-found", characterId));
    }

    /** The cast ID a new character would get: the lowest one not taken. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public int nextFreeCastId() {
        return CastIds.nextFree(characters.castIds(seasonService.series()));
    }

    /** Creates a character; names and cast IDs are unique in the series. */
    @PreAuthorize(Roles.CAN_EDIT)
    public StoryCharacter createCharacter(NewCharacter draft) {
        Series series = seasonService.series();
        int castId = draft.castId() == null ? nextFreeCastId() : draft.castId();
        StoryCharacter character = new StoryCharacter(series, castId, "");
        apply(character, draft, castId);
        return UniqueViolations.refuseDuplicate(() -> characters.saveAndFlush(character));
    }

    /** Changes a character's details and cast ID; the version guards against a concurrent change. */
    @PreAuthorize(Roles.CAN_EDIT)
    public StoryCharacter updateCharacter(long characterId, long version, NewCharacter details) {
        StoryCharacter character = character(characterId);
        Versions.require(character.getVersion(), version, "error.conflict");
        if (details.castId() == null) {
            throw new DomainException("character.cast-id.required");
        }
        apply(character, details, details.castId());
        return UniqueViolations.refuseDuplicate(() -> characters.saveAndFlush(character));
    }

    /**
     * Copies a draft into a character and checks {@link StoryCharacter}'s constraints; the lookups (unique name and
     * cast ID, company) come before any change, so nothing half-applied is flushed.
     */
    private void apply(StoryCharacter character, NewCharacter draft, int castId) {
        Series series = seasonService.series();
        String name = draft.name() == null ? "" : draft.name().trim();
        characters.findBySeriesAndNameIgnoreCase(series, name)
                .filter(other -> !other.getId().equals(character.getId()))
                .ifPresent(other -> {
                    throw new DomainException("character.name.taken", name);
                });
        boolean castIdChanges = character.isNew() || character.getCastId() != castId;
        if (castIdChanges && characters.existsBySeriesAndCastId(series, castId)) {
            throw new DomainException("character.cast-id.taken", castId);
        }
        Company company = draft.companyId() == null ? null : seasonService.companies().stream()
                .filter(candidate -> candidate.getId().equals(draft.companyId()))
                .findFirst().orElseThrow(() -> new DomainException("company.not-found", draft.companyId()));
        character.setName(name);
        character.setCastId(castId);
        character.setPerformer(draft.performer() == null || draft.performer().isBlank() ? null : draft.performer().trim());
        character.setDancer(draft.dancer());
        character.setCategory(draft.category() == null ? CharacterCategory.SUPPORTING : draft.category());
        character.setCompany(company);
        if (draft.aliases() != null) {
            character.setAliases(draft.aliases());
        }
        validation.check(character);
    }

    /**
     * Merges a duplicate into a survivor: every appearance moves over (combined where both are in
     * a scene), the survivor keeps the lower cast ID, and the duplicate is deleted.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public StoryCharacter mergeCharacters(@EpisodeWrite(StoryCharacter.class) long survivorId, @EpisodeWrite(StoryCharacter.class) long duplicateId) {
        if (survivorId == duplicateId) {
            throw new DomainException("character.merge.same");
        }
        StoryCharacter survivor = character(survivorId);
        StoryCharacter duplicate = character(duplicateId);
        int lowerCastId = Math.min(survivor.getCastId(), duplicate.getCastId());
        for (Appearance moving : appearances.findByCharacterId(duplicateId)) {
            long sceneId = moving.getScene().getId();
            appearances.findBySceneIdAndCharacterId(sceneId, survivorId).ifPresentOrElse(staying -> {
                staying.setSpeaking(staying.isSpeaking() || moving.isSpeaking());
                staying.setDancing(staying.isDancing() || moving.isDancing());
                staying.setOnScreen(staying.isOnScreen() || moving.isOnScreen());
                appearances.delete(moving);
            }, () -> moving.setCharacter(survivor));
        }
        events.publishEvent(new CharactersMerged(survivorId, duplicateId));
        characters.delete(duplicate);
        // The duplicate's row must be gone before the survivor takes its (unique) cast ID.
        characters.flush();
        survivor.setCastId(lowerCastId);
        return characters.save(survivor);
    }

    /** How many scene tags go with a character if it is deleted. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public long appearanceCount(long characterId) {
        return appearances.countByCharacterId(characterId);
    }

    /** Deletes a character with all its appearances. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void deleteCharacter(@EpisodeWrite(StoryCharacter.class) long characterId) {
        StoryCharacter character = character(characterId);
        appearances.deleteAll(appearances.findByCharacterId(characterId));
        characters.delete(character);
    }

    /** The scenes and episodes a character appears in, in running order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<CharacterAppearance> appearancesOf(long characterId) {
        return appearances.byCharacter(characterId);
    }

    /** Who is tagged in a scene, by cast ID. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<SceneAppearance> sceneCast(long sceneId) {
        return appearances.byScene(sceneId);
    }

    /** Every appearance in an episode, by scene position then cast ID, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<SceneAppearance> episodeCast(long episodeId) {
        return appearances.byEpisode(episodeId);
    }

    /** The cast IDs tagged in each scene of an episode (scenes without cast are absent), in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Map<Long, List<Integer>> castIdsByScene(long episodeId) {
        return appearances.byEpisode(episodeId).stream().collect(Collectors.groupingBy(SceneAppearance::sceneId,
                LinkedHashMap::new, Collectors.mapping(SceneAppearance::castId, Collectors.toList())));
    }

    /** Every character tagged in every scene of the season, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<SceneAppearance> seasonCast() {
        return appearances.bySeries(seasonService.series());
    }

    /** Tags a character in a scene, or updates the tag if it is already there. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Appearance tag(@EpisodeWrite(Scene.class) long sceneId, long characterId, boolean speaking, boolean dancing) {
        return tagged(sceneId, characterId, speaking, dancing, null);
    }

    /**
     * Tags a character by hand, as the scene editor does: non-speaking, dancing if the character is a dancer (only a
     * cue in a script makes a tag speaking, record 027); a character already tagged keeps the tag as it is.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public Appearance tagByHand(@EpisodeWrite(Scene.class) long sceneId, long characterId) {
        Appearance existing = appearances.findTagWithoutFlush(sceneId, characterId).orElse(null);
        if (existing != null) {
            return existing;
        }
        return tagged(sceneId, characterId, false, character(characterId).isDancer(), null);
    }

    /** Tags or updates; {@code onScreen} null leaves it as it is. Written complete, so an insert needs no update. */
    private Appearance tagged(long sceneId, long characterId, boolean speaking, boolean dancing, Boolean onScreen) {
        Scene scene = outlineService.scene(sceneId);
        StoryCharacter character = character(characterId);
        Appearance appearance = appearances.findTagWithoutFlush(sceneId, characterId)
                .orElseGet(() -> new Appearance(scene, character, speaking, dancing));
        String before = appearance.getId() == null ? null : mark(appearance);
        appearance.setSpeaking(speaking);
        appearance.setDancing(dancing);
        if (onScreen != null) {
            appearance.setOnScreen(onScreen);
        }
        appearance.setFromFile(false);
        events.publishEvent(new SceneChanged(sceneId, ChangeKind.TAG, SceneField.CAST, before, mark(appearance)));
        return appearances.save(appearance);
    }

    /** Removes a character from a scene. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void untag(@EpisodeWrite(Scene.class) long sceneId, long characterId) {
        outlineService.scene(sceneId);
        appearances.findBySceneIdAndCharacterId(sceneId, characterId).ifPresent(this::remove);
    }

    /**
     * Tags a character a screenplay file names in a scene: a new tag is marked as coming from the file; a tag that is
     * already there keeps its origin and its dancing mark, and becomes speaking if the file says so.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public Appearance tagFromFile(@EpisodeWrite(Scene.class) long sceneId, long characterId, boolean speaking, boolean onScreen) {
        Appearance existing = appearances.findTagWithoutFlush(sceneId, characterId).orElse(null);
        if (existing == null) {
            Appearance appearance = new Appearance(outlineService.scene(sceneId), character(characterId), speaking, false);
            appearance.setOnScreen(onScreen);
            appearance.setFromFile(true);
            events.publishEvent(new SceneChanged(sceneId, ChangeKind.TAG, SceneField.CAST, null, mark(appearance)));
            return appearances.save(appearance);
        }
        if (speaking && !existing.isSpeaking()) {
            String before = mark(existing);
            existing.setSpeaking(true);
            existing.setOnScreen(onScreen);
            events.publishEvent(new SceneChanged(sceneId, ChangeKind.TAG, SceneField.CAST, before, mark(existing)));
        }
        return existing;
    }

    /**
     * A revised file no longer gives the character a cue in the scene: a tag that came only from the file goes, one
     * added or changed by hand stays, as non-speaking. Says whether the tag was removed.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public boolean untagFileSpeaker(@EpisodeWrite(Scene.class) long sceneId, long characterId) {
        Appearance appearance = appearances.findBySceneIdAndCharacterId(sceneId, characterId).orElse(null);
        if (appearance == null || !appearance.isSpeaking()) {
            return false;
        }
        if (appearance.isFromFile()) {
            remove(appearance);
            return true;
        }
        String before = mark(appearance);
        appearance.setSpeaking(false);
        events.publishEvent(new SceneChanged(sceneId, ChangeKind.TAG, SceneField.CAST, before, mark(appearance)));
        return false;
    }

    /** The characters of the episode's scenes tagged speaking only by a file, by scene id. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> fileSpeakersByScene(long episodeId) {
        return appearances.fileSpeakers(episodeId).stream().collect(Collectors.groupingBy(
                SceneAppearance::sceneId, LinkedHashMap::new,
                Collectors.mapping(SceneAppearance::characterId, Collectors.toList())));
    }

    private void remove(Appearance appearance) {
        events.publishEvent(new SceneChanged(appearance.getScene().getId(), ChangeKind.UNTAG, SceneField.CAST,
                mark(appearance), null));
        appearances.delete(appearance);
    }

    /** A tag as its history shows it: "1. JACK MCMILLAN (SD)". */
    private static String mark(Appearance appearance) {
        return CastLabel.of(appearance.getCharacter().getCastId(), appearance.getCharacter().getName())
                + " (" + AppearanceMark.of(appearance.isSpeaking(), appearance.isDancing()) + ")";
    }

    /** The next {@code count} cast IDs new characters would get, lowest first. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Integer> nextFreeCastIds(int count) {
        return CastIds.nextFree(characters.castIds(seasonService.series()), count);
    }

    /** Tags a character in a scene, saying whether they are seen or only heard (a voice-over). */
    @PreAuthorize(Roles.CAN_EDIT)
    public Appearance tag(@EpisodeWrite(Scene.class) long sceneId, long characterId, boolean speaking, boolean dancing, boolean onScreen) {
        return tagged(sceneId, characterId, speaking, dancing, onScreen);
    }
}
