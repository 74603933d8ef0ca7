package app.coulisse.season.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** What a writer or the production office sees before the showrunner has set the series up. */
@Route("setup-pending")
@PermitAll
public class SetupPendingView extends VerticalLayout implements HasDynamicTitle {

    public SetupPendingView() {
        setId("setup-pending");
        add(new H2(getTranslation("setup.pending.title")), new Paragraph(getTranslation("setup.pending.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.pending.title");
    }
}
