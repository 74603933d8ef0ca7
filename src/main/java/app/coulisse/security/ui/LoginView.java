package app.coulisse.security.ui;

import app.coulisse.security.LoginThrottledException;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The door: a username and password form that Spring Security checks. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setId("login");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(translatedForm());

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        add(brand, new Paragraph(getTranslation("login.tagline")), login);
    }

    private LoginI18n translatedForm() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed) {
            lastFailureThrottled().ifPresent(throttled -> {
                LoginI18n i18n = translatedForm();
                i18n.getErrorMessage().setTitle(getTranslation("login.error.throttled.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.error.throttled", waitText(throttled)));
                login.setI18n(i18n);
            });
        }
        login.setError(failed);
    }

    /** "45 s" under a minute, else whole minutes rounded up: "15 min". */
    private String waitText(LoginThrottledException throttled) {
        long seconds = throttled.retryAfterSeconds();
        return seconds < 60 ? getTranslation("login.wait.seconds", seconds)
                : getTranslation("login.wait.minutes", (seconds + 59) / 60);
    }

    /** Spring Security keeps the last login failure in the session; too many attempts get their own message. */
    private static Optional<LoginThrottledException> lastFailureThrottled() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        return session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException throttled
                ? Optional.of(throttled) : Optional.empty();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
