package app.coulisse.revision.ui;

import app.coulisse.core.DomainException;
import app.coulisse.revision.RevisionOrder;
import app.coulisse.revision.RevisionService;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** The series' revision colour order in the showrunner's settings: editable, with the two common orders at hand. */
public class RevisionOrderSection extends VerticalLayout {

    private final transient RevisionService revisions;
    private final TextArea order = new TextArea();

    public RevisionOrderSection(RevisionService revisions) {
        this.revisions = revisions;
        setPadding(false);
        order.setId("settings-revision-order");
        order.setLabel(getTranslation("revision.order"));
        order.setHelperText(getTranslation("revision.order.helper"));
        order.setWidthFull();
        order.setValue(revisions.order().text());
        Button us = new Button(getTranslation("revision.order.preset-us"),
                event -> order.setValue(RevisionOrder.US));
        us.setId("settings-revision-order-us");
        Button tanGray = new Button(getTranslation("revision.order.preset-tan-gray"),
                event -> order.setValue(RevisionOrder.US_WITH_TAN_AND_GRAY));
        tanGray.setId("settings-revision-order-tan-gray");
        Button save = new Button(getTranslation("revision.order.save"), event -> save());
        save.setId("settings-save-revision-order");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("revision.order")), order, new HorizontalLayout(us, tanGray, save));
    }

    private void save() {
        try {
            order.setValue(revisions.updateOrder(order.getValue()).text());
            Notifications.success(getTranslation("revision.order.saved"));
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
        }
    }
}
