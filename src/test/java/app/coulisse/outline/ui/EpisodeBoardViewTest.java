package app.coulisse.outline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.KaribuTest;
import app.coulisse.core.Eighths;
import app.coulisse.outline.Act;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.StoryCatalogService;
import app.coulisse.outline.StorySet;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class EpisodeBoardViewTest extends KaribuTest {

    @Autowired
    OutlineService outlineService;

    @Autowired
    StoryCatalogService storyCatalog;

    @Autowired
    SeasonService seasonService;

    @Test
    @SuppressWarnings("unchecked")
    void a_writer_creates_an_episode_adds_scenes_with_lengths_and_moves_a_card_to_another_act() {
        loginAs("writer");
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("new-episode")));
        _setValue(_get(TextField.class, spec -> spec.withId("episode-number")), "109");
        _setValue(_get(TextField.class, spec -> spec.withId("episode-title-field")), "Grand jeté");
        _click(_get(Button.class, spec -> spec.withId("episode-save")));

        Grid<EpisodeSummary> episodes = _get(Grid.class, spec -> spec.withId("episodes"));
        int row = rowOf(episodes, "109");
        GridKt._clickItem(episodes, row);
        long episodeId = GridKt._get(episodes, row).id();
        _assertOne(Span.class, spec -> spec.withText("Teaser"));
        List<Act> acts = outlineService.board(episodeId).acts();
        assertThat(acts).extracting(Act::getName).containsExactlyElementsOf(OutlineService.DEFAULT_ACTS);

        addScene(acts.get(0), "MBT - STAGE DOOR", "11/8", "Gael waits for Cheyenne after class.");
        _assertNone(SceneEditor.class, spec -> spec.withId("scene-editor"));
        addScene(acts.get(0), "MBT - STAGE DOOR", "2", "They walk to the subway together.");
        addScene(acts.get(1), "PARIS - CAFÉ DE LA PAIX", "3/8", "Tobias orders in French, badly.");

        List<Scene> scenes = outlineService.scenes(episodeId);
        assertThat(scenes).extracting(Scene::getNumber).containsExactly("1", "2", "3");
        assertThat(scenes).extracting(scene -> Eighths.format(scene.getEighths())).containsExactly("1 3/8", "2", "3/8");
        assertThat(scenes.get(0).heading()).isEqualTo("INT. MBT - STAGE DOOR - DAY");
        assertThat(storyCatalog.sets()).extracting(StorySet::getName).contains("PARIS - CAFÉ DE LA PAIX");

        // The second Teaser scene goes to Act One (at its top): the order stays, the act changes.
        Scene second = scenes.get(1);
        _click(_get(CardButton.class, spec -> spec.withId("scene-" + second.getId() + "-right")));
        assertThat(outlineService.scene(second.getId()).getAct().getName()).isEqualTo("Act One");
        // Then below the café scene: numbers follow the new order.
        _click(_get(CardButton.class, spec -> spec.withId("scene-" + second.getId() + "-down")));
        assertThat(outlineService.scenes(episodeId)).extracting(Scene::getSynopsis).containsExactly(
                "Gael waits for Cheyenne after class.", "Tobias orders in French, badly.", "They walk to the subway together.");
        assertThat(outlineService.scenes(episodeId)).extracting(Scene::getNumber).containsExactly("1", "2", "3");
        assertThat(cardNumber(second)).isEqualTo("3");
    }

    @Test
    void the_length_field_normalises_and_refuses_bad_lengths_with_a_translated_message() {
        loginAs("writer");
        long episodeId = episodeId("101");
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");
        Act teaser = outlineService.board(episodeId).acts().get(0);
        _click(_get(Button.class, spec -> spec.withId("act-" + teaser.getId() + "-add")));
        TextField length = _get(TextField.class, spec -> spec.withId("scene-length"));
        Button save = _get(Button.class, spec -> spec.withId("scene-save"));
        // A scene needs a set (issue 14): pick one, so that only the length decides whether it can be saved.
        ComboBoxKt._fireCustomValueSet(_get(ComboBox.class, spec -> spec.withId("scene-set")), "MBT - STUDIO A");

        _setValue(length, "11/8");
        assertThat(length.getValue()).isEqualTo("1 3/8");
        assertThat(save.isEnabled()).isTrue();

        for (String bad : List.of("0", "-1", "one page", "1 9/8", "1/2")) {
            _setValue(length, bad);
            assertThat(length.isInvalid()).as(bad).isTrue();
            assertThat(save.isEnabled()).as(bad).isFalse();
        }
        _setValue(length, "0");
        assertThat(length.getErrorMessage()).isEqualTo("A scene is at least 1/8 of a page.");
        _setValue(length, "1 9/8");
        assertThat(length.getErrorMessage()).startsWith("\"1 9/8\": the eighths must be 7 or fewer");
    }

    @Test
    void the_showrunner_locks_numbers_then_an_inserted_scene_gets_a_lettered_number_and_omit_keeps_it() {
        loginAs("showrunner");
        long episodeId = episodeId("101");
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");
        _click(_get(Button.class, spec -> spec.withId("lock-numbers")));
        assertThat(_get(Span.class, spec -> spec.withId("numbers-locked")).getText()).isEqualTo("Numbers locked");

        List<Scene> before = outlineService.scenes(episodeId);
        Scene third = before.get(2);
        _click(_get(CardButton.class, spec -> spec.withId("scene-" + third.getId() + "-insert-after")));
        ComboBoxKt._fireCustomValueSet(_get(ComboBox.class, spec -> spec.withId("scene-set")), "MBT - STUDIO A");
        _setValue(_get(TextArea.class, spec -> spec.withId("scene-synopsis")), "Jack hangs up on the sponsor.");
        _click(_get(Button.class, spec -> spec.withId("scene-save")));

        List<Scene> after = outlineService.scenes(episodeId);
        Scene inserted = after.get(3);
        assertThat(inserted.getSynopsis()).isEqualTo("Jack hangs up on the sponsor.");
        assertThat(inserted.getNumber()).isEqualTo(third.getNumber() + "A");
        assertThat(cardNumber(inserted)).isEqualTo(third.getNumber() + "A");
        assertThat(after).extracting(Scene::getNumber).containsAll(before.stream().map(Scene::getNumber).toList());

        _click(_get(CardButton.class, spec -> spec.withId("scene-" + third.getId() + "-omit")));
        assertThat(cardNumber(third)).isEqualTo(third.getNumber() + " OMITTED");
        _click(_get(CardButton.class, spec -> spec.withId("scene-" + third.getId() + "-restore")));
        assertThat(cardNumber(third)).isEqualTo(third.getNumber());
    }

    @Test
    void a_typed_set_name_joins_the_catalog_and_a_locked_episode_takes_a_unique_typed_number() {
        loginAs("showrunner");
        long episodeId = episodeId("102");
        outlineService.lockNumbers(episodeId);
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");
        Scene first = outlineService.scenes(episodeId).get(0);
        String taken = outlineService.scenes(episodeId).get(1).getNumber();

        _click(_get(Button.class, spec -> spec.withId("scene-" + first.getId() + "-open")));
        ComboBoxKt._fireCustomValueSet(_get(ComboBox.class, spec -> spec.withId("scene-set")), "Studio B - roof");
        _setValue(_get(TextField.class, spec -> spec.withId("scene-number")), taken);
        _click(_get(Button.class, spec -> spec.withId("scene-save")));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Scene number " + taken + " is already used in this episode.");

        _setValue(_get(TextField.class, spec -> spec.withId("scene-number")), "A1");
        _click(_get(Button.class, spec -> spec.withId("scene-save")));
        Scene saved = outlineService.scene(first.getId());
        assertThat(saved.getNumber()).isEqualTo("A1");
        assertThat(saved.getSet().getName()).isEqualTo("STUDIO B - ROOF");
    }

    @Test
    void production_finds_no_edit_controls_and_the_service_refuses_its_writes() {
        loginAs("production");
        long episodeId = episodeId("101");
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");
        Scene first = outlineService.scenes(episodeId).get(0);

        assertThat(_find(Span.class, spec -> spec.withClasses("scene-number"))).isNotEmpty();
        _assertNone(Button.class, spec -> spec.withId("add-act"));
        _assertNone(Button.class, spec -> spec.withId("lock-numbers"));
        _assertNone(CardButton.class, spec -> spec.withId("scene-" + first.getId() + "-up"));
        _assertNone(CardButton.class, spec -> spec.withId("scene-" + first.getId() + "-omit"));
        _assertNone(Button.class, spec -> spec.withId("act-" + first.getAct().getId() + "-add"));

        _click(_get(Button.class, spec -> spec.withId("scene-" + first.getId() + "-open")));
        _assertNone(Button.class, spec -> spec.withId("scene-save"));
        assertThat(_get(TextArea.class, spec -> spec.withId("scene-synopsis")).isReadOnly()).isTrue();


        assertThatThrownBy(() -> outlineService.moveSceneUp(first.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outlineService.omitScene(first.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seasonService.createEpisode("150", "Nope")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_writer_may_not_lock_numbers_or_delete_episodes() {
        loginAs("writer");
        long episodeId = episodeId("101");
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");
        _assertNone(Button.class, spec -> spec.withId("lock-numbers"));
        assertThatThrownBy(() -> outlineService.lockNumbers(episodeId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seasonService.deleteEpisode(episodeId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void going_from_one_episodes_screen_to_anothers_the_header_names_and_links_the_new_one() {
        loginAs("writer");
        long pilot = episodeId("101");
        long second = episodeId("102");
        for (String screen : List.of("board", "one-liner")) {
            UI.getCurrent().navigate("episodes/" + pilot + "/" + screen);
            UI.getCurrent().navigate("episodes/" + second + "/" + screen);

            assertThat(_get(H2.class, spec -> spec.withId("episode-title")).getText()).startsWith("102 — ");
            assertThat(_get(RouterLink.class, spec -> spec.withId("link-board")).getHref())
                    .isEqualTo("episodes/" + second + "/board");
            assertThat(_get(RouterLink.class, spec -> spec.withId("link-one-liner")).getHref())
                    .isEqualTo("episodes/" + second + "/one-liner");
            assertThat(_get(RouterLink.class, spec -> spec.withId(screen.equals("board") ? "link-board"
                    : "link-one-liner")).getElement().hasAttribute("highlight")).as("the screen shown is marked").isTrue();
        }
    }

    private void addScene(Act act, String set, String length, String synopsis) {
        _click(_get(Button.class, spec -> spec.withId("act-" + act.getId() + "-add")));
        ComboBoxKt._fireCustomValueSet(_get(ComboBox.class, spec -> spec.withId("scene-set")), set);
        _setValue(_get(TextField.class, spec -> spec.withId("scene-length")), length);
        _setValue(_get(TextArea.class, spec -> spec.withId("scene-synopsis")), synopsis);
        _click(_get(Button.class, spec -> spec.withId("scene-save")));
    }

    private static String cardNumber(Scene scene) {
        return _get(Span.class, spec -> spec.withId("scene-" + scene.getId() + "-number")).getText();
    }

    private long episodeId(String number) {
        return seasonService.episodeSummaries().stream().filter(summary -> summary.number().equals(number))
                .findFirst().orElseThrow().id();
    }

    private static int rowOf(Grid<EpisodeSummary> grid, String number) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).number().equals(number)) {
                return i;
            }
        }
        throw new AssertionError("no episode " + number);
    }
}
