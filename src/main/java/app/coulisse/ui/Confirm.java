package app.coulisse.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The app's one confirm dialog: a title, a sentence, the action and Cancel. */
public final class Confirm {

    private Confirm() {
    }

    /** Opens a confirmation for something that cannot be undone (a delete, a merge that removes): the action in red. */
    public static ConfirmDialog destructive(String id, String title, String text, String action, Runnable onConfirm) {
        ConfirmDialog dialog = open(id, title, text, action, onConfirm);
        dialog.setConfirmButtonTheme("error primary");
        return dialog;
    }

    /** Opens a confirmation for a change that is heavy but not destructive. */
    public static ConfirmDialog ask(String id, String title, String text, String action, Runnable onConfirm) {
        return open(id, title, text, action, onConfirm);
    }

    /**
     * Leaves a form: at once when nothing changed ({@code onLeave} runs), otherwise after a "discard your changes?"
     * question, so Esc or Cancel never throws typed text away unasked.
     */
    public static void discardIfChanged(boolean changed, Runnable onLeave) {
        if (!changed) {
            onLeave.run();
            return;
        }
        UI ui = UI.getCurrent();
        ask("confirm-discard", ui.getTranslation("form.discard.title"), ui.getTranslation("form.discard.text"),
                ui.getTranslation("form.discard"), onLeave);
    }

    private static ConfirmDialog open(String id, String title, String text, String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, action, event -> onConfirm.run());
        if (id != null) {
            dialog.setId(id);
        }
        dialog.setCancelable(true);
        dialog.setCancelText(UI.getCurrent().getTranslation("action.cancel"));
        dialog.open();
        return dialog;
    }
}
