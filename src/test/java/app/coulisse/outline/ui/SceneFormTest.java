package app.coulisse.outline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.outline.Act;
import app.coulisse.outline.OutlineService;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scene dialog's form (issue 14): no silent loss, no empty scene by Enter, Esc asks, the keyboard starts in it. */
@SuppressWarnings("unchecked")
class SceneFormTest extends KaribuTest {

    @Autowired
    OutlineService outlineService;

    @Autowired
    SeasonService seasonService;

    private long episodeId;
    private Act teaser;

    @BeforeEach
    void openABoard() {
        loginAs("writer");
        episodeId = seasonService.createEpisode("961", "Forms").getId();
        teaser = outlineService.board(episodeId).acts().get(0);
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");
    }

    @Test
    void a_synopsis_one_character_over_the_limit_shows_the_limit_and_saves_nothing() {
        newScene();
        ComboBoxKt._fireCustomValueSet(_get(ComboBox.class, spec -> spec.withId("scene-set")), "MBT - STUDIO A");
        TextArea synopsis = _get(TextArea.class, spec -> spec.withId("scene-synopsis"));
        Button save = _get(Button.class, spec -> spec.withId("scene-save"));

        _setValue(synopsis, "x".repeat(10_001));

        assertThat(synopsis.isInvalid()).isTrue();
        assertThat(synopsis.getErrorMessage()).isEqualTo("The synopsis is too long: 10000 characters at most.");
        assertThat(synopsis.getHelperText()).isEqualTo("10,001 / 10,000 characters");
        assertThat(save.isEnabled()).isFalse();
        ShortcutsKt._fireShortcut(_get(TextField.class, spec -> spec.withId("scene-length")), Key.ENTER);
        assertThat(outlineService.scenes(episodeId)).isEmpty();
        assertThat(synopsis.getValue()).hasSize(10_001);
    }

    @Test
    void a_synopsis_of_ten_thousand_characters_is_kept_whole() {
        newScene();
        ComboBoxKt._fireCustomValueSet(_get(ComboBox.class, spec -> spec.withId("scene-set")), "MBT - STUDIO A");
        _setValue(_get(TextArea.class, spec -> spec.withId("scene-synopsis")), "y".repeat(10_000));
        _click(_get(Button.class, spec -> spec.withId("scene-save")));

        assertThat(outlineService.scenes(episodeId)).singleElement()
                .satisfies(scene -> assertThat(scene.getSynopsis()).hasSize(10_000));
    }

    @Test
    void enter_in_an_empty_new_scene_saves_nothing_and_says_a_set_is_needed() {
        newScene();
        ComboBox<?> set = _get(ComboBox.class, spec -> spec.withId("scene-set"));
        assertThat(_get(Button.class, spec -> spec.withId("scene-save")).isEnabled()).isFalse();

        ShortcutsKt._fireShortcut(_get(TextField.class, spec -> spec.withId("scene-length")), Key.ENTER);

        assertThat(outlineService.scenes(episodeId)).isEmpty();
        assertThat(set.isInvalid()).isTrue();
        assertThat(set.getErrorMessage()).startsWith("A scene needs a set");
        _assertOne(SceneEditor.class);
    }

    @Test
    void a_blank_typed_set_name_is_refused_not_saved_as_a_nameless_set() {
        newScene();
        ComboBox<?> set = _get(ComboBox.class, spec -> spec.withId("scene-set"));
        ComboBoxKt._fireCustomValueSet(set, "MBT - STUDIO A");
        ComboBoxKt._fireCustomValueSet(set, "   ");

        assertThat(set.getValue()).isNull();
        assertThat(set.isInvalid()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("scene-save")).isEnabled()).isFalse();
    }

    @Test
    void an_out_of_range_story_day_says_why_in_words() {
        newScene();
        IntegerField storyDay = _get(IntegerField.class, spec -> spec.withId("scene-story-day"));
        _setValue(storyDay, 0);
        assertThat(storyDay.isInvalid()).isTrue();
        assertThat(storyDay.getErrorMessage()).isEqualTo("The story day goes from 1 to 999.");
        _setValue(storyDay, 1000);
        assertThat(storyDay.getErrorMessage()).isEqualTo("The story day goes from 1 to 999.");
        assertThat(storyDay.getI18n().getBadInputErrorMessage()).isEqualTo("The story day is a whole number from 1 to 999.");
    }

    @Test
    void esc_on_a_changed_form_asks_before_discarding_and_an_unchanged_one_closes_at_once() {
        newScene();
        SceneEditor editor = _get(SceneEditor.class);
        ShortcutsKt._fireShortcut(editor, Key.ESCAPE);
        _assertNone(SceneEditor.class);

        newScene();
        editor = _get(SceneEditor.class);
        _setValue(_get(TextArea.class, spec -> spec.withId("scene-synopsis")), "Jack paces.");
        ShortcutsKt._fireShortcut(editor, Key.ESCAPE);
        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("confirm-discard"));
        assertThat(ask.isOpened()).isTrue();
        _assertOne(SceneEditor.class);
        assertThat(_get(TextArea.class, spec -> spec.withId("scene-synopsis")).getValue()).isEqualTo("Jack paces.");

        ConfirmDialogKt._fireConfirm(ask);
        _assertNone(SceneEditor.class);
        assertThat(outlineService.scenes(episodeId)).isEmpty();
    }

    @Test
    void cancel_on_a_changed_form_asks_too() {
        newScene();
        _setValue(_get(TextField.class, spec -> spec.withId("scene-length")), "2");
        _click(_get(Button.class, spec -> spec.withId("scene-cancel")));
        assertThat(_get(ConfirmDialog.class, spec -> spec.withId("confirm-discard")).isOpened()).isTrue();
        _assertOne(SceneEditor.class);
    }

    @Test
    void the_keyboard_starts_in_the_first_field() {
        newScene();
        assertThat(_get(Select.class, spec -> spec.withId("scene-int-ext")).getElement().getProperty("autofocus", false))
                .isTrue();
    }

    @Test
    void the_counter_speaks_french_too() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");
        newScene();
        _setValue(_get(TextArea.class, spec -> spec.withId("scene-synopsis")), "z".repeat(1234));
        assertThat(_get(TextArea.class, spec -> spec.withId("scene-synopsis")).getHelperText())
                .matches("1[\\s\u00a0\u202f]234 / 10[\\s\u00a0\u202f]000 caractères");
    }

    private void newScene() {
        _click(_get(Button.class, spec -> spec.withId("act-" + teaser.getId() + "-add")));
    }
}
