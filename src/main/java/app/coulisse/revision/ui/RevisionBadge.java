package app.coulisse.revision.ui;

import app.coulisse.core.DomainException;
import app.coulisse.revision.Revision;
import app.coulisse.revision.RevisionColour;
import app.coulisse.revision.RevisionInfo;
import app.coulisse.revision.RevisionService;
import app.coulisse.ui.MaxLength;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** "Blue revision – 2026-12-02" filled with its colour; for the showrunner, a button that starts the next one. */
class RevisionBadge extends HorizontalLayout {

    private final transient RevisionService revisions;
    private final long episodeId;

    RevisionBadge(RevisionService revisions, long episodeId, boolean showrunner) {
        this.revisions = revisions;
        this.episodeId = episodeId;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        RevisionInfo current = revisions.current(episodeId);
        Span badge = new Span(current.revisedOn() == null ? getTranslation("revision.current.original", current.title(getLocale()))
                : getTranslation("revision.current", current.title(getLocale()), current.revisedOn().toString()));
        badge.setId("revision-current");
        badge.addClassName("revision-current");
        badge.getStyle().set("background-color", current.colour().hex());
        add(badge);
        if (showrunner) {
            RevisionColour next = revisions.next(episodeId);
            Button start = new Button(getTranslation("revision.start-next", next.name(getLocale())), VaadinIcon.FILE_ADD.create(),
                    event -> askLabel(next));
            start.setId("revision-start-next");
            start.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(start);
        }
    }

    private void askLabel(RevisionColour next) {
        Dialog dialog = new Dialog(getTranslation("revision.start-next", next.name(getLocale())));
        dialog.setId("revision-start-dialog");
        TextField label = new TextField(getTranslation("revision.label"));
        label.setId("revision-label");
        label.setMaxLength(MaxLength.of(Revision.class, "label"));
        label.setHelperText(getTranslation("revision.label.helper"));
        Button ok = new Button(getTranslation("revision.start"), event -> {
            try {
                RevisionInfo started = revisions.startNext(episodeId, label.getValue());
                dialog.close();
                Notifications.success(getTranslation("revision.started", started.title(getLocale())));
                UI.getCurrent().refreshCurrentRoute(false);
            } catch (DomainException refused) {
                Notifications.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
            }
        });
        ok.setId("revision-start");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> dialog.close());
        dialog.add(label);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }
}
