package app.coulisse.breakdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.cast.CastService;
import app.coulisse.cast.CharacterCategory;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.SeasonService;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class BreakdownServiceTest extends SpringAppTest {

    @Autowired
    SeasonService seasonService;

    @Autowired
    OutlineService outlineService;

    @Autowired
    CastService castService;

    @Autowired
    BreakdownService breakdownService;

    @Test
    void the_industry_categories_are_seeded_in_order_with_their_colours() {
        actAs("production", "PRODUCTION");
        assertThat(breakdownService.categories()).extracting(ElementCategory::getName).startsWith(
                "Cast", "Background", "Stunts", "Props", "Wardrobe", "Makeup/Hair", "Vehicles", "Animals",
                "Special Effects", "Visual Effects", "Sound/Music", "Special Equipment", "Set Dressing", "Greenery",
                "Security", "Additional Labor", "Notes");
        assertThat(breakdownService.categories().get(0).getColour()).isEqualTo("#E53935");
    }

    @Test
    void the_showrunner_renames_recolours_reorders_and_adds_categories() {
        actAs("showrunner", "SHOWRUNNER");
        ElementCategory props = breakdownService.categories().get(3);

        breakdownService.updateCategory(props.getId(), props.getVersion(), "Hand Props", "#7b1fa2");
        breakdownService.moveCategory(props.getId(), -1);
        ElementCategory dance = breakdownService.createCategory("Dance Numbers", "#AD1457");

        assertThat(breakdownService.categories()).extracting(ElementCategory::getName)
                .startsWith("Cast", "Background", "Hand Props", "Stunts").endsWith("Dance Numbers");
        assertThat(breakdownService.category(props.getId()).getColour()).isEqualTo("#7B1FA2");
        assertThat(dance.getPosition()).isEqualTo(18);
        assertThatThrownBy(() -> breakdownService.createCategory("hand props", "#000000"))
                .isInstanceOf(DomainException.class).hasMessage("category.name.taken");
        assertThatThrownBy(() -> breakdownService.createCategory("Rigging", "red"))
                .isInstanceOf(DomainException.class).hasMessage("colour.invalid");
    }

    @Test
    void writers_cannot_manage_categories_and_production_cannot_add_elements() {
        actAs("writer", "WRITER");
        long props = breakdownService.categories().get(3).getId();
        assertThatThrownBy(() -> breakdownService.createCategory("Rigging", "#000000")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> breakdownService.moveCategory(props, 1)).isInstanceOf(AccessDeniedException.class);

        actAs("production", "PRODUCTION");
        assertThatThrownBy(() -> breakdownService.createElement(props, "Fan")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> breakdownService.tagElement(1, 1, 1, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void element_names_are_unique_within_their_category_only() {
        actAs("writer", "WRITER");
        long props = breakdownService.categories().get(3).getId();
        long wardrobe = breakdownService.categories().get(4).getId();
        breakdownService.createElement(props, "Tiara");

        assertThatThrownBy(() -> breakdownService.createElement(props, "tiara"))
                .isInstanceOf(DomainException.class).hasMessage("element.name.taken");
        assertThat(breakdownService.createElement(wardrobe, "Tiara").getName()).isEqualTo("Tiara");
    }

    @Test
    void an_element_is_worn_only_by_characters_tagged_in_its_scene() {
        actAs("writer", "WRITER");
        Tag gown = costumeInNewScene("952", "Ball gown");
        long sceneId = gown.sceneId();
        StoryCharacter cheyenne = castService.characters().stream().filter(c -> c.getCastId() == 3).findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> breakdownService.giveElement(sceneId, gown.elementId(), Set.of(cheyenne.getId())))
                .isInstanceOf(DomainException.class).hasMessageContaining("element.wearer.not-in-scene");
        assertThat(breakdownService.sceneWearers(sceneId)).isEmpty();

        castService.tag(sceneId, cheyenne.getId(), false, true);
        breakdownService.giveElement(sceneId, gown.elementId(), Set.of(cheyenne.getId()));
        assertThat(breakdownService.sceneWearers(sceneId)).extracting(ElementWearer::castId).containsExactly(3);
        breakdownService.giveElement(sceneId, gown.elementId(), Set.of());
        assertThat(breakdownService.sceneWearers(sceneId)).isEmpty();
    }

    @Test
    void a_merged_duplicate_hands_its_costumes_to_the_survivor() {
        actAs("writer", "WRITER");
        Tag coat = costumeInNewScene("953", "Stage coat");
        StoryCharacter survivor = castService.createCharacter(new NewCharacter("Ballet Master", null, null, null,
                false, CharacterCategory.DAY_PLAYER));
        StoryCharacter duplicate = castService.createCharacter(new NewCharacter("Balletmaster", null, null, null,
                false, CharacterCategory.DAY_PLAYER));
        castService.tag(coat.sceneId(), duplicate.getId(), false, false);
        breakdownService.giveElement(coat.sceneId(), coat.elementId(), Set.of(duplicate.getId()));

        castService.mergeCharacters(survivor.getId(), duplicate.getId());

        assertThat(breakdownService.sceneWearers(coat.sceneId())).extracting(ElementWearer::characterId)
                .containsExactly(survivor.getId());
    }

    private record Tag(long sceneId, long elementId) {
    }

    /** A new wardrobe element tagged, given to no one, in the one scene of a new episode. */
    private Tag costumeInNewScene(String episodeNumber, String name) {
        long episodeId = seasonService.createEpisode(episodeNumber, name).getId();
        long sceneId = outlineService.appendScene(episodeId, new SceneDraft(null, IntExt.INT, "MBT - STAGE",
                TimeOfDay.NIGHT, 1, 8, null, null, null, List.of())).getId();
        long wardrobe = breakdownService.categories().stream().filter(c -> "wardrobe".equals(c.getSeedKey()))
                .findFirst().orElseThrow().getId();
        long element = breakdownService.createElement(wardrobe, name).getId();
        breakdownService.tagElement(sceneId, element, 1, null);
        return new Tag(sceneId, element);
    }
}
