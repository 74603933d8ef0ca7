package app.coulisse.ui;

import com.vaadin.flow.component.HasValidation;

/** A service's refusal said at the field it concerns, the way a form's own validation would say it. */
public final class FieldRefusal {

    private FieldRefusal() {
    }

    /**
     * Marks {@code field} invalid with {@code message} when the refusal concerns it, and clears an earlier refusal
     * otherwise; answers whether it concerned the field.
     */
    public static boolean show(HasValidation field, boolean concerned, String message) {
        field.setErrorMessage(concerned ? message : null);
        field.setInvalid(concerned);
        return concerned;
    }
}
