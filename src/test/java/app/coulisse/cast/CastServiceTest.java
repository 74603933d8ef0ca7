package app.coulisse.cast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.core.DomainException;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.MusicSource;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.season.SeasonService;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class CastServiceTest extends SpringAppTest {

    @Autowired
    CastService castService;

    @Autowired
    DanceService danceService;

    @Autowired
    SeasonService seasonService;

    @Autowired
    OutlineService outlineService;

    List<Scene> pilot;

    @BeforeEach
    void writer() {
        actAs("writer", "WRITER");
        long pilotId = seasonService.episodeSummaries().stream().filter(e -> e.number().equals("101")).findFirst()
                .orElseThrow().id();
        pilot = outlineService.scenes(pilotId);
    }

    /** The pilot's first scene at that set (the demo seed's original scenes come first there). */
    private Scene atSet(String set) {
        return pilot.stream().filter(scene -> scene.getSet() != null && scene.getSet().getName().equals(set))
                .findFirst().orElseThrow();
    }

    private StoryCharacter named(String name) {
        return castService.characters().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    private StoryCharacter create(String name, int castId) {
        return castService.createCharacter(new NewCharacter(name, castId, null, null, false, CharacterCategory.DAY_PLAYER));
    }

    @Test
    void a_duplicate_cast_id_is_refused_on_create_and_on_change() {
        assertThatThrownBy(() -> create("Stage Door Guard", 1))
                .isInstanceOf(DomainException.class).hasMessage("character.cast-id.taken");
        StoryCharacter gael = named("Gael");

        assertThatThrownBy(() -> castService.updateCharacter(gael.getId(), gael.getVersion(),
                new NewCharacter("Gael", 2, "David Alvarez", null, true, CharacterCategory.PRINCIPAL)))
                .isInstanceOf(DomainException.class).hasMessage("character.cast-id.taken");
        assertThat(castService.character(gael.getId()).getCastId()).isEqualTo(5);
    }

    @Test
    void a_free_cast_id_can_be_given_and_new_characters_get_the_next_free_one() {
        StoryCharacter gael = named("Gael");
        castService.updateCharacter(gael.getId(), gael.getVersion(),
                new NewCharacter("Gael", 500, "David Alvarez", null, true, CharacterCategory.PRINCIPAL));

        assertThat(castService.character(gael.getId()).getCastId()).isEqualTo(500);
        assertThat(castService.nextFreeCastId()).isEqualTo(5);
    }

    @Test
    void a_merge_keeps_every_appearance_combines_shared_scenes_and_the_lower_cast_id() {
        StoryCharacter twin = create("Cheyene Toussaint", 90);
        Scene shared = atSet("BALLET NATIONAL - TRAINING ROOM");   // Cheyenne speaks and dances here
        Scene onlyTwin = atSet("MBT - JACK'S OFFICE");
        castService.tag(shared.getId(), twin.getId(), false, false);
        castService.tag(onlyTwin.getId(), twin.getId(), true, false);
        StoryCharacter cheyenne = named("Cheyenne Toussaint");
        long before = castService.appearanceCount(cheyenne.getId());
        DanceNumber number = danceService.create(new DanceNumberDraft("Twin solo", null, null, null, null, null,
                MusicSource.LIVE, null, null, Set.of(twin.getId()), 0, java.math.BigDecimal.ZERO, null, null, null));

        StoryCharacter survivor = castService.mergeCharacters(twin.getId(), cheyenne.getId());

        assertThat(survivor.getId()).isEqualTo(twin.getId());
        assertThat(survivor.getCastId()).isEqualTo(3);
        assertThat(castService.appearanceCount(survivor.getId())).isEqualTo(before + 1);
        assertThat(castService.sceneCast(shared.getId())).filteredOn(a -> a.characterId() == survivor.getId())
                .singleElement().satisfies(a -> {
                    assertThat(a.speaking()).isTrue();
                    assertThat(a.dancing()).isTrue();
                });
        assertThat(castService.characters()).extracting(StoryCharacter::getName).doesNotContain("Cheyenne Toussaint");
        assertThat(danceService.danceNumber(number.getId()).getPrincipalDancers()).extracting(StoryCharacter::getId)
                .containsExactly(survivor.getId());
    }

    @Test
    void cast_ids_by_scene_lists_each_scene_of_the_episode() {
        long episodeId = pilot.get(0).getEpisode().getId();

        var byScene = castService.castIdsByScene(episodeId);

        assertThat(byScene.get(atSet("MBT - JACK'S OFFICE").getId())).containsExactly(1);
        assertThat(byScene.get(atSet("BALLET NATIONAL - TRAINING ROOM").getId())).contains(2, 3);
    }

    @Test
    void deleting_a_character_deletes_its_appearances() {
        StoryCharacter extra = create("Usher", 77);
        castService.tag(pilot.get(3).getId(), extra.getId(), false, false);
        assertThat(castService.appearanceCount(extra.getId())).isEqualTo(1);

        castService.deleteCharacter(extra.getId());

        assertThat(castService.sceneCast(pilot.get(3).getId())).noneMatch(a -> a.name().equals("Usher"));
    }

    @Test
    void production_can_read_but_not_tag_create_or_merge() {
        actAs("production", "PRODUCTION");
        StoryCharacter jack = named("Jack McMillan");
        long sceneId = pilot.get(2).getId();

        assertThat(castService.sceneCast(sceneId)).isNotEmpty();
        assertThatThrownBy(() -> castService.tag(sceneId, jack.getId(), true, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> castService.untag(sceneId, jack.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> create("Intruder", 99)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> castService.mergeCharacters(1, 2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> danceService.link(sceneId, 1, null)).isInstanceOf(AccessDeniedException.class);
    }
}
