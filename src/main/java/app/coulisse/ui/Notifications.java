package app.coulisse.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The two ways the app talks back after an action: it worked, or it did not and why. A new error
 * replaces the one still on screen, so errors never pile up in front of the form.
 */
public final class Notifications {

    private Notifications() {
    }

    /** A short confirmation that fades. */
    public static Notification success(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** An error that stays until read, since the user has to act on it; it takes the place of the previous one. */
    public static Notification error(String message) {
        UI ui = UI.getCurrent();
        Notification previous = ui == null ? null : ComponentUtil.getData(ui, Notification.class);
        if (previous != null) {
            previous.close();
        }
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        if (ui != null) {
            ComponentUtil.setData(ui, Notification.class, notification);
        }
        return notification;
    }
}
