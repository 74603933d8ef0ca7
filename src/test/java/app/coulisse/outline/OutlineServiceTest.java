package app.coulisse.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.core.DomainException;
import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutlineServiceTest extends SpringAppTest {

    @Autowired
    OutlineService outlineService;

    @Autowired
    StoryCatalogService storyCatalog;

    @Autowired
    SeasonService seasonService;

    private long episodeId;
    private List<Act> acts;

    @BeforeEach
    void fiveScenes() {
        actAs("showrunner", "SHOWRUNNER");
        Episode episode = seasonService.createEpisode("170", "Numbers");
        episodeId = episode.getId();
        acts = outlineService.createDefaultActs(episodeId);
        for (int i = 1; i <= 5; i++) {
            outlineService.appendScene(episodeId, draft(i <= 2 ? "Teaser" : "Act One", "Scene " + i));
        }
    }

    @Test
    void renaming_an_act_or_editing_a_storyline_from_an_outdated_form_is_refused_and_changes_nothing() {
        Act teaser = acts.get(0);
        assertThatThrownBy(() -> outlineService.renameAct(teaser.getId(), teaser.getVersion() + 1, "Prologue"))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "error.conflict");
        assertThat(outlineService.board(episodeId).acts().get(0).getName()).isEqualTo("Teaser");
        assertThat(outlineService.renameAct(teaser.getId(), teaser.getVersion(), "Prologue").getName()).isEqualTo("Prologue");

        Storyline line = storyCatalog.addStoryline("V", "Versions", "#336699");
        assertThatThrownBy(() -> storyCatalog.updateStoryline(line.getId(), line.getVersion() + 1, "Stale", "#336699"))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "error.conflict");
        assertThat(line.getName()).isEqualTo("Versions");
    }

    @Test
    void unlocked_inserts_and_moves_renumber_in_order() {
        outlineService.insertScene(episodeId, acts.get(0).getId(), 0, content("New first"));
        assertThat(synopses()).containsExactly("New first", "Scene 1", "Scene 2", "Scene 3", "Scene 4", "Scene 5");
        assertThat(numbers()).containsExactly("1", "2", "3", "4", "5", "6");

        long fifth = scene("Scene 5").getId();
        outlineService.moveScene(fifth, acts.get(0).getId(), 0);
        assertThat(synopses()).containsExactly("Scene 5", "New first", "Scene 1", "Scene 2", "Scene 3", "Scene 4");
        assertThat(numbers()).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void locked_numbers_stay_put_and_inserts_get_letters_at_the_top_between_and_after() {
        outlineService.lockNumbers(episodeId);
        outlineService.moveScene(scene("Scene 5").getId(), acts.get(0).getId(), 0);
        assertThat(numbers()).containsExactly("5", "1", "2", "3", "4");

        outlineService.insertScene(episodeId, acts.get(0).getId(), 0, content("Top"));
        outlineService.insertScene(episodeId, acts.get(1).getId(), 1, content("After 3"));
        outlineService.insertScene(episodeId, acts.get(1).getId(), 1, content("Between 3 and 3A"));
        outlineService.insertScene(episodeId, acts.get(2).getId(), 0, content("End"));
        assertThat(synopses()).containsExactly("Top", "Scene 5", "Scene 1", "Scene 2", "Scene 3", "Between 3 and 3A",
                "After 3", "Scene 4", "End");
        assertThat(numbers()).containsExactly("A5", "5", "1", "2", "3", "3aA", "3A", "4", "4A");
    }

    @Test
    void omitted_scenes_keep_their_number_and_inserts_after_them_take_its_letter() {
        outlineService.lockNumbers(episodeId);
        Scene third = scene("Scene 3");
        outlineService.omitScene(third.getId());
        outlineService.insertScene(episodeId, acts.get(1).getId(), 1, content("Replaces 3"));
        assertThat(numbers()).containsExactly("1", "2", "3", "3A", "4", "5");
        assertThat(outlineService.scene(third.getId()).isOmitted()).isTrue();
        outlineService.restoreScene(third.getId());
        assertThat(outlineService.scene(third.getId()).isOmitted()).isFalse();
        assertThat(outlineService.scene(third.getId()).getNumber()).isEqualTo("3");
    }

    @Test
    void unlocking_renumbers_the_episode_in_order() {
        outlineService.lockNumbers(episodeId);
        outlineService.insertScene(episodeId, acts.get(0).getId(), 1, content("Inserted"));
        assertThat(numbers()).containsExactly("1", "1A", "2", "3", "4", "5");
        outlineService.unlockNumbers(episodeId);
        assertThat(numbers()).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(seasonService.episode(episodeId).isNumbersLocked()).isFalse();
    }

    @Test
    void moving_an_act_moves_its_scenes_and_an_act_with_scenes_cannot_be_removed() {
        outlineService.moveAct(acts.get(1).getId(), -1);
        assertThat(outlineService.board(episodeId).acts()).extracting(Act::getName).startsWith("Act One", "Teaser");
        assertThat(synopses()).containsExactly("Scene 3", "Scene 4", "Scene 5", "Scene 1", "Scene 2");
        assertThatThrownBy(() -> outlineService.removeAct(acts.get(1).getId()))
                .isInstanceOf(DomainException.class).hasMessage("act.not-empty");
        outlineService.removeAct(acts.get(6).getId());
        assertThat(outlineService.board(episodeId).acts()).extracting(Act::getPosition).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void up_and_down_cross_act_boundaries_in_episode_order() {
        long third = scene("Scene 3").getId();
        outlineService.moveSceneUp(third);
        assertThat(outlineService.scene(third).getAct().getName()).isEqualTo("Teaser");
        assertThat(synopses()).containsExactly("Scene 1", "Scene 2", "Scene 3", "Scene 4", "Scene 5");
        outlineService.moveSceneUp(third);
        assertThat(synopses()).containsExactly("Scene 1", "Scene 3", "Scene 2", "Scene 4", "Scene 5");
        outlineService.moveSceneDown(third);
        outlineService.moveSceneDown(third);
        assertThat(outlineService.scene(third).getAct().getName()).isEqualTo("Act One");
    }

    @Test
    void a_board_move_of_a_locked_episode_does_not_turn_an_open_editor_into_a_conflict() {
        outlineService.lockNumbers(episodeId);
        Scene third = scene("Scene 3");
        Scene opened = SceneFields.editableCopy(third);
        opened.setSynopsis("Edited while the board moved");

        outlineService.moveSceneUp(third.getId());
        outlineService.moveSceneUp(scene("Scene 2").getId());

        assertThat(outlineService.saveScene(third.getId(), opened).getSynopsis()).isEqualTo("Edited while the board moved");
    }

    @Test
    void a_stale_version_is_a_conflict_and_typed_numbers_need_a_locked_episode() {
        Scene first = scene("Scene 1");
        Scene stale = content("Stale");
        stale.setVersion(first.getVersion() + 1);
        assertThatThrownBy(() -> outlineService.saveScene(first.getId(), stale))
                .isInstanceOf(DomainException.class).hasMessage("scene.conflict");

        Scene renumbered = content("Renumbered");
        renumbered.setVersion(first.getVersion());
        renumbered.setNumber("7");
        assertThatThrownBy(() -> outlineService.saveScene(first.getId(), renumbered))
                .isInstanceOf(DomainException.class).hasMessage("scene.number.unlocked");
    }

    @Test
    void storylines_are_managed_with_unique_labels_and_valid_colours() {
        Storyline d = storyCatalog.addStoryline("d", "Gael's injury", "#ff8f00");
        assertThat(d.getLabel()).isEqualTo("D");
        assertThat(d.getColour()).isEqualTo("#FF8F00");
        assertThatThrownBy(() -> storyCatalog.addStoryline("D", "Again", "#000000")).hasMessage("storyline.label.taken");
        assertThatThrownBy(() -> storyCatalog.addStoryline("E", "Bad", "orange")).hasMessage("colour.invalid");
        assertThat(storyCatalog.updateStoryline(d.getId(), d.getVersion(), "Gael's knee", "#EF6C00").getName()).isEqualTo("Gael's knee");
    }

    private SceneDraft draft(String act, String synopsis) {
        return new SceneDraft(act, IntExt.INT, "STUDIO", TimeOfDay.DAY, 1, 3, synopsis, StoryCity.PARIS, null, List.of("A"));
    }

    private Scene content(String synopsis) {
        Scene scene = new Scene(seasonService.episode(episodeId));
        scene.setEighths(2);
        scene.setSynopsis(synopsis);
        return scene;
    }

    private Scene scene(String synopsis) {
        return outlineService.scenes(episodeId).stream().filter(s -> synopsis.equals(s.getSynopsis())).findFirst().orElseThrow();
    }

    private List<String> numbers() {
        return outlineService.scenes(episodeId).stream().map(Scene::getNumber).toList();
    }

    private List<String> synopses() {
        return outlineService.scenes(episodeId).stream().map(Scene::getSynopsis).toList();
    }
}
