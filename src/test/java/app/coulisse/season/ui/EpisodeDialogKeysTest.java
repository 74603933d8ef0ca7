package app.coulisse.season.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** The episode dialog starts in its first field; Esc closes it at once unless something was typed, then it asks. */
class EpisodeDialogKeysTest extends KaribuTest {

    @Test
    void the_episode_dialog_starts_in_the_number_and_esc_asks_only_after_typing() {
        loginAs("writer");
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("new-episode")));
        assertThat(_get(TextField.class, spec -> spec.withId("episode-number")).getElement().getProperty("autofocus", false))
                .isTrue();
        ShortcutsKt._fireShortcut(_get(EpisodeEditor.class), Key.ESCAPE);
        _assertNone(EpisodeEditor.class);

        _click(_get(Button.class, spec -> spec.withId("new-episode")));
        _setValue(_get(TextField.class, spec -> spec.withId("episode-title-field")), "Grand jeté");
        ShortcutsKt._fireShortcut(_get(EpisodeEditor.class), Key.ESCAPE);
        assertThat(_get(ConfirmDialog.class, spec -> spec.withId("confirm-discard")).isOpened()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("episode-title-field")).getValue()).isEqualTo("Grand jeté");
    }
}
