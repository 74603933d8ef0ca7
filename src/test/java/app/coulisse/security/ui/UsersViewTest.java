package app.coulisse.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewTest extends KaribuTest {

    @Autowired
    UserService userService;

    @BeforeEach
    void openUsers() {
        loginAs("showrunner");
        UI.getCurrent().navigate(UsersView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_showrunner_creates_a_user_who_can_then_be_found_in_the_list() {
        Grid<AppUser> grid = _get(Grid.class, spec -> spec.withId("users"));
        int before = _size(grid);

        _setValue(_get(TextField.class, spec -> spec.withId("new-username")), "costume.head");
        _setValue(_get(TextField.class, spec -> spec.withId("new-display-name")), "Inès Moreau");
        _setValue(_get(Select.class, spec -> spec.withId("new-role")), Role.PRODUCTION);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "tulle-veils-23");
        _click(_get(Button.class, spec -> spec.withId("create-user")));

        expectNotifications("User costume.head created.");
        assertThat(_size(grid)).isEqualTo(before + 1);
        assertThat(IntStream.range(0, _size(grid)).mapToObj(row -> _getFormattedRow(grid, row)))
                .anySatisfy(row -> assertThat(row).containsExactly("costume.head", "Inès Moreau", "Production", "Active"));
        assertThat(user("costume.head")).isPresent();
    }

    @Test
    void a_weak_password_is_refused_and_the_form_keeps_what_was_typed() {
        _setValue(_get(TextField.class, spec -> spec.withId("new-username")), "newbie");
        _setValue(_get(TextField.class, spec -> spec.withId("new-display-name")), "New Writer");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "short");

        // One form idiom (decision 021): the refusal is at the field and Save stays disabled; the service refuses the
        // same password with the same key (UserFormTest, UserAccountsTest).
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getErrorMessage())
                .isEqualTo("The password needs at least 8 characters.");
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("create-user"))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> userService.createUser("newbie", "New Writer", Role.WRITER, "short"))
                .isInstanceOf(DomainException.class).hasMessage("user.password.too-short");
        assertThat(_get(TextField.class, spec -> spec.withId("new-username")).getValue()).isEqualTo("newbie");
        assertThat(user("newbie")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_showrunner_deactivates_a_writer() {
        Grid<AppUser> grid = _get(Grid.class, spec -> spec.withId("users"));
        AppUser writer = user("writer").orElseThrow();
        grid.select(writer);

        _click(_get(Button.class, spec -> spec.withId("toggle-active")));

        expectNotifications("writer can no longer log in.");
        assertThat(user("writer").orElseThrow().isActive()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_actions_on_the_selected_user_wait_for_a_selection() {
        String[] actions = {"apply-role", "apply-reset", "toggle-active", "lift-lockout"};
        for (String id : actions) {
            assertThat(_get(Button.class, spec -> spec.withId(id)).isEnabled()).as(id).isFalse();
        }

        _get(Grid.class, spec -> spec.withId("users")).select(user("writer").orElseThrow());

        for (String id : actions) {
            assertThat(_get(Button.class, spec -> spec.withId(id)).isEnabled()).as(id).isTrue();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_showrunner_lifts_a_login_lockout() {
        _get(Grid.class, spec -> spec.withId("users")).select(user("writer").orElseThrow());

        _click(_get(Button.class, spec -> spec.withId("lift-lockout")));

        expectNotifications("writer can try to log in again now, from anywhere.");
    }

    private Optional<AppUser> user(String username) {
        return userService.listUsers().stream().filter(user -> user.getUsername().equals(username)).findFirst();
    }
}
