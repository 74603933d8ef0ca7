package app.coulisse.live.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.outline.Scene;
import app.coulisse.outline.ui.CardButton;
import app.coulisse.outline.ui.SceneEditor;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Screens that update in place (issue 28): a change committed elsewhere reaches an open board or one-liner as an
 * update of what it touches. The untouched cards stay the same components, never detached; a moved card is the same
 * card in its new place; a deleted scene's card goes; an open editor and what is typed in it survive; the
 * one-liner's grid and the reports' matrices stay attached
 * (their scroll stays). Changes commit for real: the test makes its own episode.
 */
class InPlaceScreensTest extends SharedEpisodeTest {

    InPlaceScreensTest() {
        super("917", "In place", "Jack arrives.", "Jack argues.", "Jack leaves.", "Jack comes back.");
    }

    private static VerticalLayout card(Scene scene) {
        return _get(VerticalLayout.class, spec -> spec.withId("scene-" + scene.getId()));
    }

    /** Counts the detaches of a component from the UI (a rebuilt screen detaches every one of them). */
    private static AtomicInteger detaches(Component component) {
        AtomicInteger count = new AtomicInteger();
        component.addDetachListener(event -> count.incrementAndGet());
        return count;
    }

    @Test
    void a_move_made_elsewhere_moves_the_same_card_and_leaves_the_untouched_cards_alone() {
        Room.Tab writer = on("writer", "board");
        Room.Tab showrunner = on("showrunner", "board");
        List<VerticalLayout> before = scenes.stream().map(InPlaceScreensTest::card).toList();
        AtomicInteger thirdDetached = detaches(before.get(2));
        AtomicInteger fourthDetached = detaches(before.get(3));
        Component column = before.get(0).getParent().orElseThrow();
        RouterLink oneLiner = _get(RouterLink.class, spec -> spec.withId("link-one-liner"));
        AtomicInteger linkDetached = detaches(oneLiner);

        room.as(writer);
        _click(_get(CardButton.class, spec -> spec.withId("scene-" + scenes.get(1).getId() + "-up")));

        assertThat(room.until(showrunner, () -> numberOf(scenes.get(1)).equals("1"))).as("pushed").isTrue();
        assertThat(scenes.stream().map(InPlaceScreensTest::card).toList()).as("every card is the one shown before")
                .usingElementComparator((one, other) -> one == other ? 0 : 1).containsExactlyElementsOf(before);
        assertThat(column.getChildren().filter(before::contains).toList()).as("the moved card in its new place")
                .containsExactly(before.get(1), before.get(0), before.get(2), before.get(3));
        assertThat(numberOf(scenes.get(0))).isEqualTo("2");
        assertThat(thirdDetached).as("an untouched card stays attached").hasValue(0);
        assertThat(fourthDetached).hasValue(0);
        assertThat(_get(RouterLink.class, spec -> spec.withId("link-board")).getElement().hasAttribute("highlight"))
                .as("the header still marks the screen shown").isTrue();
        assertThat(_get(RouterLink.class, spec -> spec.withId("link-one-liner"))).as("a click on it is never lost")
                .isSameAs(oneLiner);
        assertThat(linkDetached).hasValue(0);
    }

    @Test
    void a_deleted_scenes_card_goes_and_the_others_stay() {
        Room.Tab writer = on("writer", "board");
        Room.Tab showrunner = on("showrunner", "board");
        VerticalLayout first = card(scenes.get(0));
        AtomicInteger firstDetached = detaches(first);

        room.as(writer);
        outlineService.deleteScene(scenes.get(3).getId());

        assertThat(room.until(showrunner, () -> _find(VerticalLayout.class,
                spec -> spec.withId("scene-" + scenes.get(3).getId())).isEmpty())).as("the card went").isTrue();
        assertThat(card(scenes.get(0))).isSameAs(first);
        assertThat(firstDetached).hasValue(0);
    }

    @Test
    void an_open_editor_and_what_is_typed_in_it_survive_a_push() {
        Room.Tab writer = on("writer", "board");
        Room.Tab showrunner = on("showrunner", "board");
        room.as(showrunner);
        _click(_get(Button.class, spec -> spec.withId("scene-" + scenes.get(3).getId() + "-open")));
        SceneEditor editor = _get(SceneEditor.class);
        _setValue(_get(TextArea.class, spec -> spec.withId("scene-synopsis")), "Jack comes back, wet.");

        room.as(writer);
        _click(_get(CardButton.class, spec -> spec.withId("scene-" + scenes.get(1).getId() + "-up")));

        assertThat(room.until(showrunner, () -> numberOf(scenes.get(1)).equals("1"))).isTrue();
        assertThat(_get(SceneEditor.class)).isSameAs(editor);
        assertThat(editor.isOpened()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("scene-synopsis")).getValue())
                .isEqualTo("Jack comes back, wet.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_one_liner_keeps_its_grid_and_shows_the_new_order() {
        Room.Tab writer = on("writer", "board");
        Room.Tab showrunner = on("showrunner", "one-liner");
        Grid<Scene> grid = _get(Grid.class, spec -> spec.withId("one-liner"));
        AtomicInteger gridDetached = detaches(grid);

        room.as(writer);
        _click(_get(CardButton.class, spec -> spec.withId("scene-" + scenes.get(1).getId() + "-up")));

        assertThat(room.until(showrunner, () -> GridKt._get(grid, 0).getId().equals(scenes.get(1).getId())))
                .as("pushed").isTrue();
        assertThat(_get(Grid.class, spec -> spec.withId("one-liner"))).isSameAs(grid);
        assertThat(gridDetached).as("the grid stays attached, so its scroll stays").hasValue(0);
        assertThat(GridKt._size(grid)).isEqualTo(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_reports_keep_their_matrices_across_a_push() {
        Room.Tab writer = on("writer", "board");
        Room.Tab office = room.open(() -> loginAs("showrunner"));
        UI.getCurrent().navigate("reports");
        _setValue(_get(Select.class, spec -> spec.withId("report-episode")), seasonService.episodeSummaries().stream()
                .filter(summary -> summary.id() == episodeId).findFirst().orElseThrow());
        Grid<?> matrix = _get(Grid.class, spec -> spec.withId("cast-by-scene"));
        AtomicInteger matrixDetached = detaches(matrix);

        room.as(writer);
        outlineService.deleteScene(scenes.get(3).getId());

        assertThat(room.until(office, () -> _get(Grid.class, spec -> spec.withId("cast-by-scene")).getColumns().size()
                == 2 + 3 + 1)).as("pushed: a scene column fewer").isTrue();
        assertThat(_get(Grid.class, spec -> spec.withId("cast-by-scene"))).isSameAs(matrix);
        assertThat(matrixDetached).as("the matrix stays attached, so its scroll stays").hasValue(0);
    }
}
