package app.coulisse.cast.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.cast.CharacterSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The character form on the one idiom: limits at the field, Save waits for a valid form, errors do not pile up. */
@SuppressWarnings("unchecked")
class CharacterFormTest extends KaribuTest {

    @Test
    void two_refusals_in_a_row_leave_one_notification_on_screen() {
        loginAs("writer");
        UI.getCurrent().navigate("cast");
        Grid<CharacterSummary> characters = _get(Grid.class, spec -> spec.withId("characters"));
        characters.select(_get(characters, IntStream.range(0, _size(characters))
                .filter(i -> _get(characters, i).name().equals("Gael")).findFirst().orElseThrow()));
        _setValue(_get(IntegerField.class, spec -> spec.withId("character-cast-id")), 1);

        _click(_get(Button.class, spec -> spec.withId("save-character")));
        _click(_get(Button.class, spec -> spec.withId("save-character")));

        expectNotifications("Cast ID 1 is already taken.");
    }

    @Test
    void an_over_long_name_shows_its_limit_and_save_waits_until_it_fits() {
        loginAs("writer");
        UI.getCurrent().navigate("cast");
        _click(_get(Button.class, spec -> spec.withId("new-character")));
        TextField name = _get(TextField.class, spec -> spec.withId("character-name"));
        Button save = _get(Button.class, spec -> spec.withId("save-character"));
        assertThat(name.getElement().getProperty("autofocus", false)).isTrue();

        _setValue(name, "N".repeat(121));
        assertThat(name.getErrorMessage()).isEqualTo("The name is too long (120 characters at most).");
        assertThat(save.isEnabled()).isFalse();

        _setValue(name, "Madame Orlova");
        assertThat(save.isEnabled()).isTrue();
    }

    @Test
    void aliases_typed_on_the_form_are_kept_tidy_shown_again_and_cleared_when_emptied() {
        loginAs("writer");
        UI.getCurrent().navigate("cast");
        Grid<CharacterSummary> characters = _get(Grid.class, spec -> spec.withId("characters"));
        int gael = IntStream.range(0, _size(characters)).filter(i -> _get(characters, i).name().equals("Gael"))
                .findFirst().orElseThrow();
        characters.select(_get(characters, gael));
        TextField aliases = _get(TextField.class, spec -> spec.withId("character-aliases"));

        _setValue(aliases, " Gaelito ,, Le Rouquin ");
        _click(_get(Button.class, spec -> spec.withId("save-character")));
        characters.select(null);
        characters.select(_get(characters, gael));

        assertThat(aliases.getValue()).isEqualTo("Gaelito, Le Rouquin");
        _setValue(aliases, "");
        _click(_get(Button.class, spec -> spec.withId("save-character")));
        assertThat(_get(characters, gael).aliases()).isNull();
    }
}
