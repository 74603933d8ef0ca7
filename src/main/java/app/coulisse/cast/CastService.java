package app.coulisse.cast;

import app.coulisse.core.DomainException;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.season.SeasonService;
import app.coulisse.season.Series;
import app.coulisse.security.Roles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    CastService(SeasonService seasonService, OutlineService outlineService, StoryCharacterRepository characters,
                AppearanceRepository appearances) {
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.characters = characters;
        this.appearances = appearances;
    }

    /** The series' characters by cast ID. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<StoryCharacter> characters() {
        return characters.findBySeriesOrderByCastId(seasonService.series());
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
        String name = draft.name() == null ? "" : draft.name().trim();
        if (name.isEmpty()) {
            throw new DomainException("character.name.required");
        }
        if (characters.findBySeriesAndNameIgnoreCase(series, name).isPresent()) {
            throw new DomainException("character.name.taken", name);
        }
        int castId = draft.castId() == null ? nextFreeCastId() : draft.castId();
        if (castId < 1) {
            throw new DomainException("character.cast-id.range");
        }
        if (characters.existsBySeriesAndCastId(series, castId)) {
            throw new DomainException("character.cast-id.taken", castId);
        }
        StoryCharacter character = new StoryCharacter(series, castId, name);
        character.setPerformer(draft.performer());
        character.setDancer(draft.dancer());
        character.setCategory(draft.category() == null ? CharacterCategory.SUPPORTING : draft.category());
        if (draft.companyId() != null) {
            character.setCompany(seasonService.companies().stream()
                    .filter(company -> company.getId().equals(draft.companyId()))
                    .findFirst().orElseThrow(() -> new DomainException("company.not-found", draft.companyId())));
        }
        return characters.save(character);
    }

    /** Tags a character in a scene, or updates the tag if it is already there. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Appearance tag(long sceneId, long characterId, boolean speaking, boolean dancing) {
        Scene scene = outlineService.scene(sceneId);
        StoryCharacter character = characters.findById(characterId)
                .orElseThrow(() -> new DomainException("character.not-found", characterId));
        Appearance appearance = appearances.findBySceneAndCharacter(scene, character)
                .orElseGet(() -> new Appearance(scene, character, speaking, dancing));
        appearance.setSpeaking(speaking);
        appearance.setDancing(dancing);
        return appearances.save(appearance);
    }

    /** The next {@code count} cast IDs new characters would get, lowest first. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Integer> nextFreeCastIds(int count) {
        List<Integer> taken = new ArrayList<>(characters.castIds(seasonService.series()));
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int id = CastIds.nextFree(taken);
            free.add(id);
            taken.add(id);
            Collections.sort(taken);
        }
        return free;
    }

    /** Tags a character in a scene, saying whether they are seen or only heard (a voice-over). */
    @PreAuthorize(Roles.CAN_EDIT)
    public Appearance tag(long sceneId, long characterId, boolean speaking, boolean dancing, boolean onScreen) {
        Appearance appearance = tag(sceneId, characterId, speaking, dancing);
        appearance.setOnScreen(onScreen);
        return appearance;
    }
}
