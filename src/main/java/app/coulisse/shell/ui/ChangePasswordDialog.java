package app.coulisse.shell.ui;

import app.coulisse.security.PasswordPolicy;
import app.coulisse.security.UserService;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * The logged-in user's own password change, opened from the header's user menu: the current password, the new one
 * twice. The service checks the current one and the policy (length, the 72-byte limit, not the user name) and ends
 * the user's other sessions; a refusal shows its message and leaves the dialog open.
 */
public class ChangePasswordDialog extends Dialog {

    private final transient UserService userService;
    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public ChangePasswordDialog(UserService userService) {
        this.userService = userService;
        setId("change-password-dialog");
        setHeaderTitle(getTranslation("password.change.heading"));
        current.setId("current-password");
        current.setLabel(getTranslation("password.change.current"));
        fresh.setId("new-password");
        fresh.setLabel(getTranslation("password.change.new"));
        fresh.setHelperText(getTranslation("user.password.help", PasswordPolicy.MIN_LENGTH));
        repeat.setId("repeat-password");
        repeat.setLabel(getTranslation("password.change.repeat"));
        add(new FormLayout(current, fresh, repeat));

        Button save = new Button(getTranslation("password.change.save"), event -> save());
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("cancel-password");
        getFooter().add(cancel, save);
    }

    private void save() {
        if (!fresh.getValue().equals(repeat.getValue())) {
            Notifications.error(getTranslation("password.change.mismatch"));
            return;
        }
        userService.changeOwnPassword(current.getValue(), fresh.getValue());
        Notifications.success(getTranslation("password.change.done"));
        close();
    }
}
