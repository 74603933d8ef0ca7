package app.coulisse.shell.ui;

import app.coulisse.ui.TranslatedErrorPage;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a logged-in user sees at an address that is no screen of the app (a mistyped or outdated link): the app's
 * translated page with the way back, not the browser's error page (the security configuration lets such addresses
 * reach the router; a logged-out visitor is sent to the login page first). It keeps the app's frame, so the side
 * navigation is there too.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class PageNotFoundView extends TranslatedErrorPage<NotFoundException>
        implements HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        super("page-not-found", "error.not-found.title", "error.no-such-page", HttpServletResponse.SC_NOT_FOUND);
    }
}
