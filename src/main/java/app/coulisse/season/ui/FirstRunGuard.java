package app.coulisse.season.ui;

import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Until a series exists, every signed-in route leads the showrunner to the setup page and anyone else
 * to the "not set up yet" page, before the asked-for view is built (it would find no series).
 */
@Component
class FirstRunGuard implements VaadinServiceInitListener {

    private static final String SERIES_SEEN = "coulisse.series-seen";
    private static final Set<Class<?>> BEFORE_SETUP = Set.of(SetupView.class, SetupPendingView.class);

    private final SeasonService seasonService;
    private final AuthenticationContext authentication;

    FirstRunGuard(SeasonService seasonService, AuthenticationContext authentication) {
        this.seasonService = seasonService;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (!authentication.isAuthenticated() || event.isErrorEvent()
                || BEFORE_SETUP.contains(event.getNavigationTarget()) || seriesExists(event.getUI())) {
            return;
        }
        event.forwardTo(authentication.hasRole(Roles.SHOWRUNNER) ? SetupView.class : SetupPendingView.class);
    }

    /** A series is never deleted: once a UI has seen one, it does not ask the database again. */
    private boolean seriesExists(UI ui) {
        if (Boolean.TRUE.equals(ComponentUtil.getData(ui, SERIES_SEEN))) {
            return true;
        }
        boolean exists = seasonService.hasSeries();
        if (exists) {
            ComponentUtil.setData(ui, SERIES_SEEN, Boolean.TRUE);
        }
        return exists;
    }
}
