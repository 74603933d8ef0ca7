package app.coulisse.security.ui;

import app.coulisse.security.AppUser;
import app.coulisse.security.Role;
import app.coulisse.security.Roles;
import app.coulisse.security.UserService;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;

/** The showrunner's screen: who can log in, with which role. */
@Route("users")
@Menu(title = "nav.users", order = 90, icon = "vaadin:users")
@RolesAllowed(Roles.SHOWRUNNER)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserService userService;
    private final Grid<AppUser> users = new Grid<>();
    private final UserForm form = new UserForm();
    private final PasswordField newPassword = new PasswordField();
    private final Select<Role> changeRole = new Select<>();
    private final Button applyRole = new Button();
    private final Button applyReset = new Button();
    private final Button activeToggle = new Button();
    private final Button liftLockout = new Button();

    public UsersView(UserService userService) {
        this.userService = userService;
        setSizeFull();
        add(new H2(getTranslation("users.heading")));

        users.setId("users");
        users.addColumn(AppUser::getUsername).setHeader(getTranslation("user.username")).setKey("username").setAutoWidth(true);
        users.addColumn(AppUser::getDisplayName).setHeader(getTranslation("user.display-name")).setKey("displayName");
        users.addColumn(user -> getTranslation("role." + user.getRole().name())).setHeader(getTranslation("user.role")).setKey("role");
        users.addColumn(user -> getTranslation(user.isActive() ? "user.active" : "user.inactive"))
                .setHeader(getTranslation("user.status")).setKey("status");
        users.addSelectionListener(event -> showSelected());
        add(users, newUserForm(), selectedUserActions());
        refresh();
        showSelected();
    }

    private UserForm newUserForm() {
        form.addSaveListener(event -> create(event.getBean()));
        form.addCloseListener(event -> form.clear());
        return form;
    }

    private HorizontalLayout selectedUserActions() {
        changeRole.setId("change-role");
        changeRole.setLabel(getTranslation("users.change-role"));
        changeRole.setItems(Arrays.asList(Role.values()));
        changeRole.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        applyRole.setText(getTranslation("users.apply-role"));
        applyRole.addClickListener(e -> changeRole());
        applyRole.setId("apply-role");
        newPassword.setId("reset-password");
        newPassword.setLabel(getTranslation("users.reset-password"));
        applyReset.setText(getTranslation("users.reset"));
        applyReset.addClickListener(e -> resetPassword());
        applyReset.setId("apply-reset");
        activeToggle.setId("toggle-active");
        activeToggle.addClickListener(e -> toggleActive());
        liftLockout.setText(getTranslation("users.lift-lockout"));
        liftLockout.addClickListener(e -> liftLockout());
        liftLockout.setId("lift-lockout");
        HorizontalLayout actions = new HorizontalLayout(changeRole, applyRole, newPassword, applyReset,
                activeToggle, liftLockout);
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        actions.setId("selected-user-actions");
        return actions;
    }

    private void create(AppUser typed) {
        AppUser user = userService.createUser(typed.getUsername(), typed.getDisplayName(), typed.getRole(), form.password());
        Notifications.success(getTranslation("users.created", user.getUsername()));
        form.clear();
        refresh();
    }

    private void changeRole() {
        selected().ifPresent(user -> {
            userService.changeRole(user.getId(), changeRole.getValue());
            Notifications.success(getTranslation("users.role-changed", user.getUsername()));
            refresh();
        });
    }

    private void resetPassword() {
        selected().ifPresent(user -> {
            userService.resetPassword(user.getId(), newPassword.getValue());
            newPassword.clear();
            Notifications.success(getTranslation("users.password-reset", user.getUsername()));
        });
    }

    private void toggleActive() {
        selected().ifPresent(user -> {
            AppUser changed = userService.setActive(user.getId(), !user.isActive());
            Notifications.success(getTranslation(changed.isActive() ? "users.activated" : "users.deactivated", user.getUsername()));
            refresh();
        });
    }

    private void liftLockout() {
        selected().ifPresent(user -> {
            userService.liftLockout(user.getId());
            Notifications.success(getTranslation("users.lockout-lifted", user.getUsername()));
        });
    }

    private Optional<AppUser> selected() {
        return users.getSelectedItems().stream().findFirst();
    }

    private void refresh() {
        users.setItems(userService.listUsers());
    }

    private void showSelected() {
        Optional<AppUser> user = selected();
        // Nothing here acts without a selected user: every field and button says so by being disabled.
        for (HasEnabled action : new HasEnabled[] {changeRole, applyRole, newPassword, applyReset, activeToggle,
                liftLockout}) {
            action.setEnabled(user.isPresent());
        }
        user.ifPresent(u -> changeRole.setValue(u.getRole()));
        activeToggle.setText(getTranslation(user.map(AppUser::isActive).orElse(true) ? "users.deactivate" : "users.activate"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
