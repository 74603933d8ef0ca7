package app.coulisse.shell.ui;

import app.coulisse.security.AppUser;
import app.coulisse.security.UserService;
import app.coulisse.ui.TranslationProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Prepares every session and UI: failures become translated notifications, and a logged-in
 * user's screens open in the language they picked last time; one who never picked keeps the session's,
 * which Vaadin took from the browser when it showed the login page.
 */
@Component
class SessionSetup implements VaadinServiceInitListener {

    private final UserService userService;
    private final TranslationProvider translations;

    SessionSetup(UserService userService, TranslationProvider translations) {
        this.userService = userService;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new NotifyingErrorHandler(translations)));
        event.getSource().addUIInitListener(init -> userService.currentUser().flatMap(AppUser::getLocale).ifPresent(locale -> {
            init.getUI().getSession().setLocale(locale);
            init.getUI().setLocale(locale);
        }));
    }
}
