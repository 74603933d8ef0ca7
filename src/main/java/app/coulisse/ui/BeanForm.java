package app.coulisse.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;

/**
 * The app's one form idiom: a {@link FormLayout} whose fields are bound by a {@link BeanValidationBinder}
 * to the constraints declared on the entity or draft, a Save button that stays disabled while a field is
 * invalid, and events to the view that holds it: {@link SaveEvent} with a fresh bean carrying what was
 * typed, {@link CloseEvent} once the user leaves it (asked first when something changed).
 *
 * @param <T> the entity or draft the form edits
 */
public class BeanForm<T> extends FormLayout {

    protected final BeanValidationBinder<T> binder;
    private final transient Supplier<T> blank;
    private final Button save = new Button();
    private Focusable<?> first;

    /** A form over {@code type}; {@code blank} makes the fresh bean a save writes into. */
    public BeanForm(Class<T> type, Supplier<T> blank) {
        this.binder = new BeanValidationBinder<>(type);
        // Vaadin marks @NotNull, @NotEmpty and @Size(min > 0) as required; @NotBlank (a name, a title) is required too.
        binder.setRequiredConfigurator((annotation, binding) -> RequiredFieldConfigurator.DEFAULT.test(annotation, binding)
                || annotation.annotationType() == NotBlank.class);
        this.blank = blank;
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        binder.addStatusChangeListener(event -> refreshSave());
    }

    /** Shows a bean in the fields; what is typed goes to a fresh bean on save, never into this one. */
    public void read(T bean) {
        binder.readBean(bean);
        refreshSave();
    }

    /** The Save button, for the view to place (in the form, a dialog's footer…). */
    public Button saveButton() {
        return save;
    }

    /** Whether the user changed a field since {@link #read}. */
    public boolean hasChanges() {
        return binder.hasChanges();
    }

    /** Makes the fields read-only (a reader's view of the same form). */
    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        save.setVisible(!readOnly);
    }

    /** Writes the fields into a fresh bean and fires {@link SaveEvent}; when a field is invalid, shows why and fires nothing. */
    public void save() {
        T edited = blank.get();
        if (!save.isEnabled() || !binder.writeBeanIfValid(edited)) {
            binder.validate();
            refreshSave();
            return;
        }
        fireEvent(new SaveEvent<>(this, edited));
    }

    /** Leaves the form: at once when nothing changed, after a "discard your changes?" question otherwise. */
    public void close() {
        Confirm.discardIfChanged(binder.hasChanges(), () -> fireEvent(new CloseEvent(this)));
    }

    /** Labels a text field, gives it its id, and binds it (empty for null) to the bean's {@code property}. */
    protected void text(TextField field, String id, String labelKey, String property) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        binder.forField(field).withNullRepresentation("").bind(property);
    }

    /** Names the field the keyboard starts in whenever the form is shown. */
    protected void startIn(Focusable<?> field) {
        first = field;
        field.getElement().setProperty("autofocus", true);
    }

    /** Puts the keyboard in the first field. */
    public void focusFirst() {
        if (first != null) {
            first.focus();
        }
    }

    private void refreshSave() {
        save.setEnabled(binder.isValid());
    }

    /** Called with the fresh bean holding what the user typed, once every field is valid. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
        return addListener(SaveEvent.class, (ComponentEventListener) listener);
    }

    /** Called when the user leaves the form (Cancel, Esc), after confirming when something changed. */
    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    /** The user saved: {@link #getBean()} holds what was typed, in a fresh bean. */
    public static class SaveEvent<T> extends ComponentEvent<BeanForm<?>> {

        private final transient T bean;

        SaveEvent(BeanForm<T> source, T bean) {
            super(source, false);
            this.bean = bean;
        }

        public T getBean() {
            return bean;
        }
    }

    /** The user left the form. */
    public static class CloseEvent extends ComponentEvent<BeanForm<?>> {

        CloseEvent(BeanForm<?> source) {
            super(source, false);
        }
    }
}
