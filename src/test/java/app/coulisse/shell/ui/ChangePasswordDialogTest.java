package app.coulisse.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.KaribuTest;
import app.coulisse.core.DomainException;
import app.coulisse.security.UserService;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChangePasswordDialogTest extends KaribuTest {

    @Autowired
    UserService userService;

    @Test
    void a_production_user_changes_their_password_from_the_user_menu() {
        loginAs("production");
        UI.getCurrent().navigate("");
        openDialog();
        fill("etoile-office", "call-sheet-77", "call-sheet-77");

        _click(_get(Button.class, spec -> spec.withId("save-password")));

        expectNotifications("Your password is changed; your other open sessions were ended.");
        _assertNone(ChangePasswordDialog.class);
        // The new password is now the current one.
        userService.changeOwnPassword("call-sheet-77", "call-sheet-78");
    }

    @Test
    void two_different_new_passwords_or_a_wrong_current_one_change_nothing_and_keep_the_dialog_open() {
        loginAs("writer");
        UI.getCurrent().navigate("");
        openDialog();

        fill("etoile-room", "second-position", "second-positoin");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        expectNotifications("The two new passwords differ. Nothing was changed.");

        fill("wrong-password", "second-position", "second-position");
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("save-password"))))
                .isInstanceOf(DomainException.class).hasMessage("user.password.current-wrong");
        _get(ChangePasswordDialog.class);
        // The old password is still the current one.
        userService.changeOwnPassword("etoile-room", "third-position");
    }

    private static void openDialog() {
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("user-menu")), "change-password");
        _get(ChangePasswordDialog.class);
    }

    private static void fill(String current, String fresh, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), fresh);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), repeat);
    }
}
