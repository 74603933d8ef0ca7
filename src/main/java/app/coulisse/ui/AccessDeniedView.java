package app.coulisse.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a user sees on a screen their role may not open: a plain, translated refusal and a way back.
 * (It names the interface again so route discovery, which looks at declared interfaces, finds it.)
 */
@PermitAll
public class AccessDeniedView extends TranslatedErrorPage<AccessDeniedException>
        implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("access-denied", "error.access-denied.title", "error.access-denied", HttpServletResponse.SC_FORBIDDEN);
    }
}
