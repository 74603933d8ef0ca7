package app.coulisse.season.ui;

import app.coulisse.core.DomainException;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.UI;

/** Runs a user's action; a refusal (a broken rule) becomes its translated message and the screen stays as typed. */
final class Attempt {

    private Attempt() {
    }

    /** True when the action went through; false when it was refused and the user was told why. */
    static boolean run(Runnable action) {
        return run(action, (refused, message) -> false);
    }

    /**
     * True when the action went through; false when it was refused: {@code atField} says the refusal at the field it
     * concerns (answering true), or it becomes a notification.
     */
    static boolean run(Runnable action, AtField atField) {
        try {
            action.run();
            return true;
        } catch (DomainException refused) {
            String message = UI.getCurrent().getTranslation(refused.getMessageKey(), refused.getArguments());
            if (!atField.show(refused, message)) {
                Notifications.error(message);
            }
            return false;
        }
    }

    /** Where a screen says a refusal: at a field, answering true, or nowhere (false: a notification says it). */
    @FunctionalInterface
    interface AtField {
        boolean show(DomainException refused, String message);
    }
}
