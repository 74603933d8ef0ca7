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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Follows every browser tab (UI): when it shows an {@link EpisodeScreen} it is on that episode ({@link Presence})
 * and is refreshed through server push when a committed change or a change of presence concerns the episode (the
 * screen updates in place, so scroll, focus and open dialogs stay); it leaves when it navigates elsewhere, closes or
 * its session ends. The tab that made a change is not refreshed again; a tab whose episode was deleted goes home.
 */
@org.springframework.stereotype.Component
public class LiveScreens implements VaadinServiceInitListener, ChangeOrigin, DisposableBean {

    private record Watched(UI ui, EpisodeScreen screen) {
    }

    private final Map<String, Watched> watched = new ConcurrentHashMap<>();
    /**
     * Where the tabs are refreshed: a virtual thread per tab and notice, so the tabs of one change are refreshed side
     * by side (each takes its own session's lock), not one after another on the notice thread.
     */
    private final ExecutorService refreshes = Executors.newThreadPerTaskExecutor(Thread.ofVirtual()
            .name("coulisse-refresh-", 0).factory());
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
        } else {
            forget(ui);
        }
    }

    private void forget(UI ui) {
        String key = key(ui);
        watched.remove(key);
        presence.leave(key);
    }

    /** Hands the refresh of every tab on the episode to a thread of its own: no tab waits for another's. */
    private void changed(EpisodeChanged change) {
        watched.forEach((key, tab) -> {
            if (!key.equals(change.originUi()) && tab.screen().shownEpisodeId() == change.episodeId()) {
                refreshes.execute(() -> refresh(tab));
            }
        });
    }

    private void refresh(Watched tab) {
        try {
            tab.ui().access(() -> {
                try {
                    tab.screen().showAgain();
                } catch (NotFoundException gone) {
                    tab.ui().navigate(HomeNavigation.ROUTE);
                }
            });
        } catch (UIDetachedException closed) {
            forget(tab.ui());
        }
    }

    @Override
    public void destroy() {
        refreshes.shutdownNow();
    }
}
