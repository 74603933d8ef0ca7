package app.coulisse.ui;

import app.coulisse.season.SeasonOverviewView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** What a user sees on a screen their role may not open: a plain, translated refusal and a way back. */
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        setId("access-denied");
        add(new H2(getTranslation("error.access-denied.title")), new Paragraph(getTranslation("error.access-denied")),
                new RouterLink(getTranslation("error.back-to-season"), SeasonOverviewView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
