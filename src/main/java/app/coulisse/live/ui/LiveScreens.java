package app.coulisse.live.ui;

import app.coulisse.core.NotFoundException;
import app.coulisse.live.ChangeBus;
import app.coulisse.live.ChangeOrigin;
import app.coulisse.live.EpisodeChanged;
import app.coulisse.live.Presence;
import app.coulisse.outline.ui.EpisodeScreen;
import app.coulisse.security.UserService;
import app.coulisse.ui.HomeNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Follows every browser tab (UI): when it shows an {@link EpisodeScreen} it is on that episode ({@link Presence})
 * and is refreshed through server push when a committed change or a change of presence concerns the episode; it
 * leaves when it navigates elsewhere, closes or its session ends. The tab that made a change is not refreshed again;
 * a tab whose episode was deleted goes home.
 */
@org.springframework.stereotype.Component
public class LiveScreens implements VaadinServiceInitListener, ChangeOrigin {

    private record Watched(UI ui, EpisodeScreen screen) {
    }

    private final Map<String, Watched> watched = new ConcurrentHashMap<>();
    private final transient Presence presence;
    private final transient UserService userService;

    LiveScreens(ChangeBus bus, Presence presence, UserService userService) {
        this.presence = presence;
        this.userService = userService;
        bus.subscribe(this::changed);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> follow(init.getUI()));
        event.getSource().addSessionDestroyListener(destroyed -> destroyed.getSession().getUIs().forEach(this::forget));
    }

    @Override
    public String currentScreen() {
        UI ui = UI.getCurrent();
        return ui == null ? null : key(ui);
    }

    /** The key of a tab: its session and its number in the session. */
    static String key(UI ui) {
        VaadinSession session = ui.getSession();
        String sessionId = session == null || session.getSession() == null ? "none" : session.getSession().getId();
        return sessionId + "/" + ui.getUIId();
    }

    /** The person logged in on the current thread, as the avatars show them. */
    Presence.Person currentPerson() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String username = authentication == null ? "?" : authentication.getName();
        String displayName = userService.currentUser().map(user -> user.getDisplayName()).orElse(username);
        return new Presence.Person(username, displayName);
    }

    /** How many tabs are followed on an episode screen: for the measurements. */
    public int watchedCount() {
        return watched.size();
    }

    private void follow(UI ui) {
        ui.addAfterNavigationListener(navigation -> arrived(ui));
        ui.addDetachListener(detach -> forget(ui));
    }

    private void arrived(UI ui) {
        Component view = ui.getCurrentView();
        if (view instanceof EpisodeScreen screen && screen.shownEpisodeId() >= 0) {
            watched.put(key(ui), new Watched(ui, screen));
            presence.enter(key(ui), currentPerson(), screen.shownEpisodeId());
            ViewState.watch(ui);
        } else {
            forget(ui);
        }
    }

    private void forget(UI ui) {
        String key = key(ui);
        watched.remove(key);
        presence.leave(key);
    }

    private void changed(EpisodeChanged change) {
        watched.forEach((key, tab) -> {
            if (!key.equals(change.originUi()) && tab.screen().shownEpisodeId() == change.episodeId()) {
                try {
                    tab.ui().access(() -> {
                        try {
                            tab.screen().showAgain();
                            ViewState.restore(tab.ui());
                        } catch (NotFoundException gone) {
                            tab.ui().navigate(HomeNavigation.ROUTE);
                        }
                    });
                } catch (UIDetachedException closed) {
                    forget(tab.ui());
                }
            }
        });
    }
}
