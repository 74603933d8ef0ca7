package app.coulisse.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.security.LoginThrottledException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

/** What the login form says after a refusal: a wrong password, or logins held back for a while (record 047). */
class LoginViewTest extends KaribuTest {

    @Test
    void a_wrong_password_says_so() {
        String error = errorAfter(new BadCredentialsException("wrong"));

        assertThat(error).contains("\"title\":\"Wrong username or password\"");
    }

    @Test
    void a_throttled_login_says_it_is_held_back_and_for_how_long() {
        String error = errorAfter(new LoginThrottledException(Duration.ofSeconds(130)));

        assertThat(error).contains("\"title\":\"Logins held back for a while\"")
                .doesNotContain("Wrong username")
                .contains("\"message\":\"Too many failed logins for this username or from this address: wait 3 min, "
                        + "then try again.");
    }

    /** The error part of the texts the form was given, as the browser receives them. */
    private String errorAfter(Exception failure) {
        openUi();
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class, spec -> spec.withId("login"));
        assertThat(form.isError()).isTrue();
        String i18n = form.getElement().getPropertyRaw("i18n").toString();
        return i18n.substring(i18n.indexOf("\"errorMessage\""));
    }
}
