package app.coulisse.outline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.KaribuTest;
import app.coulisse.core.DomainException;
import app.coulisse.outline.StoryCatalogService;
import app.coulisse.outline.Storyline;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The storyline editor follows the one form idiom (issue 11): the rule on {@link Storyline}, in the form and the service. */
class StorylineFormTest extends KaribuTest {

    @Autowired
    StoryCatalogService catalog;

    @Autowired
    SeasonService seasonService;

    private long episodeId;

    @BeforeEach
    void openABoard() {
        loginAs("writer");
        episodeId = seasonService.createEpisode("962", "Storylines").getId();
    }

    @Test
    void an_unreadable_colour_and_a_long_name_disable_save_and_say_why_at_the_field() {
        openStorylines();
        TextField name = _get(TextField.class, spec -> spec.withId("storyline-name"));
        TextField colour = _get(TextField.class, spec -> spec.withId("storyline-colour"));
        _setValue(_get(TextField.class, spec -> spec.withId("storyline-label")), "E");
        _setValue(name, "x".repeat(121));
        _setValue(colour, "orange");

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("The storyline name is too long (120 characters at most).");
        assertThat(colour.isInvalid()).isTrue();
        assertThat(colour.getErrorMessage()).isEqualTo("Use a colour like #FFAA00.");
        assertThat(_get(Button.class, spec -> spec.withId("storyline-save")).isEnabled()).isFalse();
        assertThat(labels()).doesNotContain("E");
    }

    @Test
    void the_service_refuses_what_the_form_refuses() {
        assertThatThrownBy(() -> catalog.addStoryline("E", "x".repeat(121), "#112233"))
                .isInstanceOf(DomainException.class).hasMessage("storyline.name.too-long");
        assertThatThrownBy(() -> catalog.addStoryline("E", "Gael's knee", null))
                .isInstanceOf(DomainException.class).hasMessage("colour.invalid");
        assertThatThrownBy(() -> catalog.addStoryline("TOOLONG", "Gael's knee", "#112233"))
                .isInstanceOf(DomainException.class).hasMessage("storyline.label.too-long");
        Storyline a = catalog.storylines().getFirst();
        assertThatThrownBy(() -> catalog.updateStoryline(a.getId(), a.getVersion(), " ", "#112233"))
                .isInstanceOf(DomainException.class).hasMessage("storyline.name.required");
        assertThat(labels()).doesNotContain("E", "TOOLONG");
        assertThat(catalog.storylines().getFirst().getName()).isEqualTo(a.getName());
    }

    @Test
    void a_valid_storyline_is_added_and_the_form_empties() {
        openStorylines();
        assertThat(_get(TextField.class, spec -> spec.withId("storyline-label")).getElement()
                .getProperty("autofocus", false)).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("storyline-label")), "e");
        _setValue(_get(TextField.class, spec -> spec.withId("storyline-name")), "Gael's knee");
        _setValue(_get(TextField.class, spec -> spec.withId("storyline-colour")), "#ef6c00");
        _click(_get(Button.class, spec -> spec.withId("storyline-save")));

        assertThat(catalog.storylines()).anySatisfy(line -> {
            assertThat(line.getLabel()).isEqualTo("E");
            assertThat(line.getColour()).isEqualTo("#EF6C00");
        });
        assertThat(_get(TextField.class, spec -> spec.withId("storyline-name")).getValue()).isEmpty();
    }

    @Test
    void esc_on_a_changed_form_asks_and_on_an_unchanged_one_closes() {
        openStorylines();
        ShortcutsKt._fireShortcut(_get(StorylinesDialog.class), Key.ESCAPE);
        _assertNone(StorylinesDialog.class);

        openStorylines();
        _setValue(_get(TextField.class, spec -> spec.withId("storyline-name")), "Half typed");
        ShortcutsKt._fireShortcut(_get(StorylinesDialog.class), Key.ESCAPE);
        assertThat(_get(ConfirmDialog.class, spec -> spec.withId("confirm-discard")).isOpened()).isTrue();
        _assertOne(StorylinesDialog.class);
    }

    @Test
    void the_form_speaks_french_too() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        openStorylines();
        TextField colour = _get(TextField.class, spec -> spec.withId("storyline-colour"));
        _setValue(colour, "orange");
        assertThat(colour.getErrorMessage()).isEqualTo("Indiquez une couleur comme #FFAA00.");
        TextField name = _get(TextField.class, spec -> spec.withId("storyline-name"));
        _setValue(name, "x".repeat(121));
        assertThat(name.getErrorMessage()).isEqualTo("Le nom de l'arche est trop long (120 caractères au plus).");
    }

    private void openStorylines() {
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");
        _click(_get(Button.class, spec -> spec.withId("manage-storylines")));
    }

    private java.util.List<String> labels() {
        return catalog.storylines().stream().map(Storyline::getLabel).toList();
    }
}
