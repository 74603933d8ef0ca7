package app.coulisse.live.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Several people in one Karibu test: each {@link Tab} is its own mock session and UI with its own login, kept in
 * the session as Spring Security keeps it, so work pushed to a tab from another thread runs as its user.
 * {@link #as} makes a tab the current one for Karibu's locators; {@link #until} drains a tab's access queue (what
 * server push would send) until a condition holds.
 */
final class Room {

    /** One browser tab of one person. */
    record Tab(UI ui, VaadinSession session, VaadinService service, SecurityContext security) {
    }

    private final List<Tab> tabs = new ArrayList<>();

    /** Opens a tab logged in as a user: {@code opener} logs in and sets up Karibu (KaribuTest.loginAs). */
    Tab open(Runnable opener) {
        CurrentInstance.clearAll();
        SecurityContextHolder.clearContext();
        opener.run();
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
        Tab tab = new Tab(UI.getCurrent(), VaadinSession.getCurrent(), VaadinService.getCurrent(), security);
        tabs.add(tab);
        return tab;
    }

    /** Makes a tab the current one. */
    void as(Tab tab) {
        CurrentInstance.clearAll();
        VaadinService.setCurrent(tab.service());
        CurrentInstance.setCurrent(tab.ui());
        SecurityContextHolder.setContext(tab.security());
    }

    /**
     * Drains the tab's access queue until the condition holds, for at most five seconds (seven builds share two
     * cores here; the push latency itself is measured by LivePushBenchmark); false if it never did.
     */
    boolean until(Tab tab, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        do {
            as(tab);
            MockVaadin.runUIQueue(true, tab.session());
            if (condition.getAsBoolean()) {
                return true;
            }
            pause();
        } while (System.nanoTime() < deadline);
        return false;
    }

    /** Closes a tab as a browser closing it would. */
    void close(Tab tab) {
        as(tab);
        MockVaadin.INSTANCE.closeCurrentUI(true);
    }

    /** Tears every tab down but the first, which the test base tears down; leaves the first current. */
    void leave() {
        for (int i = tabs.size() - 1; i > 0; i--) {
            as(tabs.get(i));
            MockVaadin.tearDown();
        }
        if (!tabs.isEmpty()) {
            as(tabs.get(0));
        }
        tabs.clear();
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
