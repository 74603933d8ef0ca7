package app.coulisse.cast.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.cast.CastService;
import app.coulisse.cast.CharacterCategory;
import app.coulisse.cast.CharacterSummary;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.StoryCharacter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SuppressWarnings("unchecked")
class CastViewTest extends KaribuTest {

    @Autowired
    CastService castService;

    @Test
    void the_cast_lists_characters_by_cast_id_with_their_scene_counts() {
        loginAs("production");
        UI.getCurrent().navigate("cast");

        Grid<CharacterSummary> characters = _get(Grid.class, spec -> spec.withId("characters"));
        assertThat(_size(characters)).isGreaterThanOrEqualTo(5);
        assertThat(_getFormattedRow(characters, 0)).startsWith("1", "Jack McMillan", "Luke Kirby");
        assertThat(Integer.parseInt(_getFormattedRow(characters, 0).get(6))).isPositive();
    }

    @Test
    void a_duplicate_cast_id_is_refused_with_a_message_and_the_input_stays() {
        loginAs("writer");
        UI.getCurrent().navigate("cast");
        Grid<CharacterSummary> characters = _get(Grid.class, spec -> spec.withId("characters"));
        characters.select(_get(characters, rowOf(characters, "Gael")));

        IntegerField castId = _get(IntegerField.class, spec -> spec.withId("character-cast-id"));
        _setValue(castId, 1);
        _click(_get(Button.class, spec -> spec.withId("save-character")));

        expectNotifications("Cast ID 1 is already taken.");
        assertThat(castId.isInvalid()).isTrue();
        assertThat(castId.getValue()).isEqualTo(1);
    }

    @Test
    void merging_a_typo_twin_keeps_every_appearance() {
        loginAs("writer");
        StoryCharacter twin = castService.createCharacter(new NewCharacter("Jack MacMillan", 60, null, null, false,
                CharacterCategory.DAY_PLAYER));
        long jack = castService.characters().get(0).getId();
        long sceneId = castService.appearancesOf(castService.characters().get(1).getId()).get(0).sceneId();
        castService.tag(sceneId, twin.getId(), false, false);
        int jackScenes = castService.appearancesOf(jack).size();
        UI.getCurrent().navigate("cast");
        Grid<CharacterSummary> characters = _get(Grid.class, spec -> spec.withId("characters"));
        characters.select(_get(characters, rowOf(characters, "Jack McMillan")));

        ComboBox<StoryCharacter> duplicate = _get(ComboBox.class, spec -> spec.withId("merge-duplicate"));
        _setValue(duplicate, duplicate.getListDataView().getItems().filter(c -> c.getId().equals(twin.getId()))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("merge-character")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-merge"));
        assertThat(_getText(confirm)).contains("60. JACK MACMILLAN", "1 scene tags");
        _fireConfirm(confirm);

        assertThat(castService.appearancesOf(jack)).hasSize(jackScenes + 1);
        assertThat(castService.characters()).noneMatch(c -> c.getName().equals("Jack MacMillan"));
        assertThat(_size(_get(Grid.class, spec -> spec.withId("character-appearances")))).isEqualTo(jackScenes + 1);
    }

    @Test
    void deleting_a_character_says_how_many_tags_go_with_it() {
        loginAs("writer");
        StoryCharacter usher = castService.createCharacter(new NewCharacter("Usher", 70, null, null, false,
                CharacterCategory.DAY_PLAYER));
        long sceneId = castService.appearancesOf(castService.characters().get(0).getId()).get(0).sceneId();
        castService.tag(sceneId, usher.getId(), false, false);
        UI.getCurrent().navigate("cast");
        Grid<CharacterSummary> characters = _get(Grid.class, spec -> spec.withId("characters"));
        characters.select(_get(characters, rowOf(characters, "Usher")));

        _click(_get(Button.class, spec -> spec.withId("delete-character")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-delete"));
        assertThat(_getText(confirm)).isEqualTo("Its 1 scene tags will be deleted with it.");
        _fireConfirm(confirm);

        assertThat(castService.characters()).noneMatch(c -> c.getName().equals("Usher"));
    }

    @Test
    void production_gets_no_edit_controls() {
        loginAs("production");
        UI.getCurrent().navigate("cast");

        _assertNone(Button.class, spec -> spec.withId("save-character"));
        _assertNone(Button.class, spec -> spec.withId("new-character"));
        _assertNone(Button.class, spec -> spec.withId("merge-character"));
        assertThat(_get(IntegerField.class, spec -> spec.withId("character-cast-id")).isReadOnly()).isTrue();
    }

    private static int rowOf(Grid<CharacterSummary> grid, String name) {
        return IntStream.range(0, _size(grid)).filter(i -> _get(grid, i).name().equals(name)).findFirst().orElseThrow();
    }
}
