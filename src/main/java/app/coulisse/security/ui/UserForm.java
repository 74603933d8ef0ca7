package app.coulisse.security.ui;

import app.coulisse.core.DomainException;
import app.coulisse.security.AppUser;
import app.coulisse.security.PasswordPolicy;
import app.coulisse.security.Role;
import app.coulisse.ui.BeanForm;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import java.util.Arrays;

/**
 * A new user's username, name, role and first password. The first three are bound to the constraints on
 * {@link AppUser} (the username as it will be stored: trimmed, lower-case); the password to {@link PasswordPolicy},
 * the rule the service applies too. Esc (or a save) empties the form, after asking when something was typed.
 */
class UserForm extends BeanForm<AppUser> {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final PasswordField password = new PasswordField();

    UserForm() {
        super(AppUser.class, AppUser::new);
        username.setId("new-username");
        username.setLabel(getTranslation("user.username"));
        username.setHelperText(getTranslation("user.username.help"));
        binder.forField(username).withNullRepresentation("").withConverter(AppUser::username, typed -> typed)
                .bind("username");
        text(displayName, "new-display-name", "user.display-name", "displayName");
        role.setId("new-role");
        role.setLabel(getTranslation("user.role"));
        role.setItems(Arrays.asList(Role.values()));
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        binder.forField(role).bind("role");
        password.setId("new-password");
        password.setLabel(getTranslation("user.password"));
        password.setHelperText(getTranslation("user.password.help", PasswordPolicy.MIN_LENGTH));
        // The hash is the service's business: the bean never holds the typed password, the view reads it here.
        Binder.Binding<AppUser, String> passwordRule = binder.forField(password).withValidator(this::judgePassword)
                .bind(user -> "", (user, typed) -> { });
        username.addValueChangeListener(event -> {
            if (!password.isEmpty()) {
                passwordRule.validate();
            }
        });
        add(username, displayName, role, password, saveButton());
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 5));
        setId("user-form");
        startIn(username);
        saveButton().setText(getTranslation("users.create"));
        saveButton().setId("create-user");
        Shortcuts.addShortcutListener(this, this::close, Key.ESCAPE).listenOn(this);
        clear();
    }

    /** Empties the form for the next user (a writer by default). */
    void clear() {
        AppUser blank = new AppUser();
        blank.setRole(Role.WRITER);
        read(blank);
    }

    /** The password typed for the user the last save event carries. */
    String password() {
        return password.getValue();
    }

    private ValidationResult judgePassword(String typed, ValueContext context) {
        try {
            PasswordPolicy.check(AppUser.username(username.getValue()), typed);
            return ValidationResult.ok();
        } catch (DomainException refused) {
            return ValidationResult.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
        }
    }
}
