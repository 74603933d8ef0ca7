package app.coulisse.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.KaribuTest;
import app.coulisse.core.DomainException;
import app.coulisse.security.AppUser;
import app.coulisse.security.Role;
import app.coulisse.security.UserService;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The new-user editor follows the one form idiom (issue 11): {@link AppUser}'s constraints and the password policy, in the form and the service. */
class UserFormTest extends KaribuTest {

    @Autowired
    UserService userService;

    @BeforeEach
    void openUsers() {
        loginAs("showrunner");
    }

    @Test
    void a_username_with_a_space_and_a_password_holding_it_disable_save_and_say_why() {
        UI.getCurrent().navigate(UsersView.class);
        TextField username = _get(TextField.class, spec -> spec.withId("new-username"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("new-password"));
        _setValue(username, "ines moreau");
        _setValue(_get(TextField.class, spec -> spec.withId("new-display-name")), "Inès Moreau");
        _setValue(password, "short");

        assertThat(username.getErrorMessage())
                .isEqualTo("A username uses lower-case letters, digits, dot, dash or underscore (60 at most).");
        assertThat(password.getErrorMessage()).isEqualTo("The password needs at least 8 characters.");
        assertThat(_get(Button.class, spec -> spec.withId("create-user")).isEnabled()).isFalse();

        _setValue(username, "Ines");
        _setValue(password, "ines-is-here");
        assertThat(username.isInvalid()).isFalse();
        assertThat(password.getErrorMessage()).isEqualTo("The password must not contain the username.");
        _setValue(username, "costume.head");
        assertThat(password.isInvalid()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("create-user")).isEnabled()).isTrue();
    }

    @Test
    void the_service_refuses_what_the_form_refuses() {
        assertThatThrownBy(() -> userService.createUser("ines moreau", "Inès Moreau", Role.WRITER, "tulle-veils-23"))
                .isInstanceOf(DomainException.class).hasMessage("user.username.pattern");
        assertThatThrownBy(() -> userService.createUser("x".repeat(61), "Inès Moreau", Role.WRITER, "tulle-veils-23"))
                .isInstanceOf(DomainException.class).hasMessage("user.username.too-long");
        assertThatThrownBy(() -> userService.createUser("ines", " ", Role.WRITER, "tulle-veils-23"))
                .isInstanceOf(DomainException.class).hasMessage("user.display-name.required");
        assertThatThrownBy(() -> userService.createUser("ines", "Inès Moreau", null, "tulle-veils-23"))
                .isInstanceOf(DomainException.class).hasMessage("user.role.required");
        assertThat(userService.listUsers()).noneMatch(user -> user.getUsername().startsWith("ines")
                || user.getUsername().startsWith("xxx"));
    }

    @Test
    void a_typed_username_is_stored_trimmed_and_lower_case_and_the_form_empties() {
        UI.getCurrent().navigate(UsersView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("new-username")).getElement()
                .getProperty("autofocus", false)).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("new-username")), " Costume.Head ");
        _setValue(_get(TextField.class, spec -> spec.withId("new-display-name")), "Inès Moreau");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "tulle-veils-23");
        _click(_get(Button.class, spec -> spec.withId("create-user")));

        expectNotifications("User costume.head created.");
        assertThat(userService.listUsers()).anyMatch(user -> user.getUsername().equals("costume.head"));
        assertThat(_get(TextField.class, spec -> spec.withId("new-username")).getValue()).isEmpty();
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getValue()).isEmpty();
    }

    @Test
    void esc_on_a_changed_form_asks_before_discarding() {
        UI.getCurrent().navigate(UsersView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("new-display-name")), "Half typed");
        ShortcutsKt._fireShortcut(_get(UserForm.class), Key.ESCAPE);

        assertThat(_get(ConfirmDialog.class, spec -> spec.withId("confirm-discard")).isOpened()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("new-display-name")).getValue()).isEqualTo("Half typed");
    }

    @Test
    void the_form_speaks_french_too() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(UsersView.class);
        TextField username = _get(TextField.class, spec -> spec.withId("new-username"));
        _setValue(username, "ines moreau");
        assertThat(username.getErrorMessage())
                .isEqualTo("Un identifiant se compose de minuscules, chiffres, point, tiret ou tiret bas (60 au plus).");
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("new-password"));
        _setValue(password, "court");
        assertThat(password.getErrorMessage()).isEqualTo("Le mot de passe doit compter au moins 8 caractères.");
    }
}
