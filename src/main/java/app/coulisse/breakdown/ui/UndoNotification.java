package app.coulisse.breakdown.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Says what was just created from a tagging box, with one Undo that takes it back. */
final class UndoNotification {

    private UndoNotification() {
    }

    /** Shows {@code message} for ten seconds with an Undo button running {@code undo} once. */
    static Notification show(String message, Runnable undo) {
        Notification notification = new Notification();
        notification.setId("undo-notification");
        notification.setDuration(10_000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        Button button = new Button(UI.getCurrent().getTranslation("tags.undo"), event -> {
            notification.close();
            undo.run();
        });
        button.setId("undo-create");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(new Span(message), button);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
        return notification;
    }
}
