package app.coulisse.outline.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._doubleClickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.BrowserCalls;
import app.coulisse.KaribuTest;
import app.coulisse.cast.CastService;
import app.coulisse.outline.Act;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Issue 14: the board and the one-liner from the keyboard. */
@SuppressWarnings("unchecked")
class KeyboardFirstTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;

    @Autowired
    OutlineService outlineService;

    @Autowired
    CastService castService;

    @Test
    void a_keyboard_move_keeps_the_focus_on_the_card_so_moves_chain() {
        loginAs("writer");
        long episodeId = seasonService.createEpisode("980", "Keys").getId();
        Scene a = scene(episodeId, "Teaser", "A");
        Scene b = scene(episodeId, "Teaser", "B");
        Scene c = scene(episodeId, "Teaser", "C");
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");
        try (BrowserCalls calls = BrowserCalls.record()) {
            chainedMoves(episodeId, c, calls);
        }
        assertThat(a.getId()).isNotNull();
        assertThat(b.getId()).isNotNull();
    }

    private void chainedMoves(long episodeId, Scene c, BrowserCalls calls) {
        calls.clear();
        press(card(c), "ArrowUp", true);
        focusReturnsTo(c, calls);
        assertThat(synopses(episodeId)).containsExactly("A", "C", "B");

        press(card(c), "ArrowUp", true);
        focusReturnsTo(c, calls);
        assertThat(synopses(episodeId)).containsExactly("C", "A", "B");

        press(card(c), "ArrowRight", true);
        focusReturnsTo(c, calls);
        List<Act> acts = outlineService.board(episodeId).acts();
        assertThat(outlineService.scene(c.getId()).getAct().getId()).isEqualTo(acts.get(1).getId());
        press(card(c), "ArrowLeft", true);
        focusReturnsTo(c, calls);
        assertThat(outlineService.scene(c.getId()).getAct().getId()).isEqualTo(acts.get(0).getId());
    }

    @Test
    void n_adds_a_scene_after_the_focused_one_and_question_mark_lists_the_keys() {
        loginAs("writer");
        long episodeId = seasonService.createEpisode("981", "Keys 2").getId();
        Scene a = scene(episodeId, "Teaser", "A");
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");

        press(card(a), "n", false);
        assertThat(_get(SceneEditor.class).getHeaderTitle()).isEqualTo("New scene in Teaser");
        _get(SceneEditor.class).close();

        _fireDomEvent(_get(EpisodeBoardView.class), "keydown", JsonNodeFactory.instance.objectNode()
                .put("event.key", "?").put(BoardKeyboard.HELP_KEY, true));
        _assertOne(Dialog.class, spec -> spec.withId("board-keys-help"));
    }

    @Test
    void the_edge_act_arrows_cannot_move_further() {
        loginAs("writer");
        long episodeId = seasonService.createEpisode("982", "Edges").getId();
        List<Act> acts = outlineService.board(episodeId).acts();
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");

        assertThat(_get(CardButton.class, spec -> spec.withId("act-" + acts.getFirst().getId() + "-left")).isEnabled()).isFalse();
        assertThat(_get(CardButton.class, spec -> spec.withId("act-" + acts.getLast().getId() + "-right")).isEnabled()).isFalse();
        assertThat(_get(CardButton.class, spec -> spec.withId("act-" + acts.getFirst().getId() + "-right")).isEnabled()).isTrue();
    }

    @Test
    void the_one_liner_opens_a_scene_by_double_click_or_enter_sorts_and_filters_by_character_and_dance_number() {
        loginAs("writer");
        long pilot = seasonService.episodeSummaries().stream().filter(e -> e.number().equals("101")).findFirst()
                .orElseThrow().id();
        UI.getCurrent().navigate("episodes/" + pilot + "/one-liner");
        Grid<Scene> grid = _get(Grid.class, spec -> spec.withId("one-liner"));
        int all = _size(grid);

        _doubleClickItem(grid, 0);
        assertThat(_get(SceneEditor.class).getHeaderTitle()).contains(_get(grid, 0).getNumber());
        _get(SceneEditor.class).close();
        _clickItem(grid, 1);
        _fireShortcut(grid, Key.ENTER);
        assertThat(_get(SceneEditor.class).getHeaderTitle()).contains(_get(grid, 1).getNumber());
        _get(SceneEditor.class).close();

        _sortByKey(grid, "pages", SortDirection.DESCENDING);
        List<Integer> eighths = IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).getEighths()).toList();
        assertThat(eighths).isSortedAccordingTo((x, y) -> Integer.compare(y, x));

        ComboBox<String> character = _get(ComboBox.class, spec -> spec.withId("filter-tags-cast"));
        String tobias = character.getListDataView().getItems().filter(label -> label.startsWith("4.")).findFirst().orElseThrow();
        _setValue(character, tobias);
        List<Long> withTobias = castService.episodeCast(pilot).stream().filter(x -> x.castId() == 4)
                .map(x -> x.sceneId()).distinct().toList();
        assertThat(_size(grid)).isEqualTo(withTobias.size()).isLessThan(all);
        IntStream.range(0, _size(grid)).forEach(i -> assertThat(withTobias).contains(_get(grid, i).getId()));
        _setValue(character, null);

        ComboBox<String> dance = _get(ComboBox.class, spec -> spec.withId("filter-tags-dance-numbers"));
        _setValue(dance, dance.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(_size(grid)).isPositive().isLessThan(all);
        _assertNone(ComboBox.class, spec -> spec.withId("filter-tags-elements"));
    }

    private Scene scene(long episodeId, String act, String synopsis) {
        return outlineService.appendScene(episodeId, new SceneDraft(act, IntExt.INT, "MBT - STAGE", TimeOfDay.DAY, 1, 8,
                synopsis, null, null, List.of()));
    }

    private List<String> synopses(long episodeId) {
        return outlineService.scenes(episodeId).stream().map(Scene::getSynopsis).toList();
    }

    /** The board is redrawn after a move: the response must focus the moved scene's new card, and only it. */
    private static void focusReturnsTo(Scene moved, BrowserCalls calls) {
        assertThat(calls.ranOn(card(moved), "this.focus()")).as("focus on the moved card").isTrue();
        assertThat(calls.count("this.focus()")).isEqualTo(1);
        calls.clear();
    }

    private static VerticalLayout card(Scene scene) {
        return _get(VerticalLayout.class, spec -> spec.withId("scene-" + scene.getId()));
    }

    private static void press(Component card, String key, boolean alt) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("event.key", key).put("event.altKey", alt)
                .put(BoardKeyboard.ON_CARD, true);
        _fireDomEvent(card, "keydown", data);
    }
}
