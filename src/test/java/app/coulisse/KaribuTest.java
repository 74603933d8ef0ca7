package app.coulisse;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import app.coulisse.outline.OutlineService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The base of every UI test: the whole Spring app on the in-memory demo database, a mock Vaadin
 * UI per test and per-test rollback (see {@link SpringAppTest}). Tests act like a user through
 * Karibu's locators.
 */
public abstract class KaribuTest extends SpringAppTest {

    /** Discovered once: scanning the classpath per test would dominate the run time. */
    private static final Routes routes = new Routes().autoDiscoverViews("app.coulisse");

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService userDetails;

    @Autowired
    private OutlineService outline;

    @BeforeAll
    static void speakEnglishByDefault() {
        Locale.setDefault(Locale.ENGLISH);
    }

    /** Logs in as a user of the database (the demo users: showrunner, writer, production) and opens the UI. */
    protected void loginAs(String username) {
        loginAs(username, Locale.ENGLISH);
    }

    /** The same, from a browser that asks for that language (the one the login page was shown in). */
    protected void loginAs(String username, Locale browserLanguage) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities()));
        openUi(browserLanguage);
    }

    /** Opens the UI without logging in. */
    protected void openUi() {
        openUi(Locale.ENGLISH);
    }

    private void openUi(Locale browserLanguage) {
        MockVaadin.setMockRequestFactory(SecurityAwareRequest::new);
        // Karibu's session reads no Accept-Language: the JVM's default language stands in for the browser's.
        Locale before = Locale.getDefault();
        Locale.setDefault(browserLanguage);
        try {
            MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        } finally {
            Locale.setDefault(before);
        }
    }

    /** Opens a scene's editor as a user does: its episode's board, then the card's open button. */
    protected void openSceneEditor(long sceneId) {
        UI.getCurrent().navigate("episodes/" + outline.scene(sceneId).getEpisode().getId() + "/board");
        _click(_get(Button.class, spec -> spec.withId("scene-" + sceneId + "-open")));
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
