package app.coulisse.ui;

import app.coulisse.core.NotFoundException;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a user sees when a link points at an episode or scene that no longer exists (deleted by
 * someone else, or a mistyped address), instead of a server error page.
 */
@PermitAll
public class MissingItemView extends TranslatedErrorPage<NotFoundException>
        implements HasErrorParameter<NotFoundException> {

    public MissingItemView() {
        super("missing-item", "error.not-found.title", "error.not-found", HttpServletResponse.SC_NOT_FOUND);
    }
}
