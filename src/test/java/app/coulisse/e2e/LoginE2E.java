package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BrowserExtension.class)
class LoginE2E {

    @Test
    void a_wrong_password_shows_the_error_and_keeps_the_door_shut(Browser browser) {
        browser.attemptLogin(DemoLogin.SHOWRUNNER.username, "not-the-password");

        assertThat(browser.loginError()).isEqualTo("Wrong username or password");
        assertThat(browser.currentUrl()).endsWith("/login?error");
        assertThat(browser.isPresent("vaadin-grid#episodes")).isFalse();
    }

    @Test
    void the_right_password_lands_on_the_season_overview(Browser browser) throws Exception {
        browser.loginAs(DemoLogin.SHOWRUNNER);

        browser.waitForText("vaadin-grid#episodes", "Pas de deux");
        assertThat(browser.gridCells("episodes")).containsSubsequence("101", "Pas de deux", "Outline");
        assertThat(browser.find("h2").getText()).isEqualTo("Étoile — season overview");
        browser.screenshot("season-overview");
    }

    @Test
    void logging_out_closes_the_session(Browser browser) {
        browser.loginAs(DemoLogin.WRITER);

        browser.logout();
        browser.open("");

        assertThat(browser.currentUrl()).endsWith("/login");
        assertThat(browser.isPresent("vaadin-grid#episodes")).isFalse();
    }
}
