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
        try {
            action.run();
            return true;
        } catch (DomainException refused) {
            Notifications.error(UI.getCurrent().getTranslation(refused.getMessageKey(), refused.getArguments()));
            return false;
        }
    }
}
