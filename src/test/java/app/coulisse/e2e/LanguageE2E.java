package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BrowserExtension.class)
class LanguageE2E {

    @Test
    void french_labels_show_at_once_and_after_the_next_login(Browser browser) throws Exception {
        browser.loginAs(DemoLogin.PRODUCTION);
        assertThat(browser.navigationLabel("")).isEqualTo("Season");

        browser.chooseLanguage("Français");

        browser.waitForText("vaadin-side-nav-item[path='']", "Saison");
        assertThat(browser.find("h2").getText()).isEqualTo("Étoile — vue de la saison");
        assertThat(browser.find("vaadin-button#logout").getText()).isEqualTo("Se déconnecter");
        assertThat(browser.gridCells("episodes")).contains("Titre", "Séquencier");
        browser.screenshot("season-overview-fr");

        browser.logout();
        browser.loginAs(DemoLogin.PRODUCTION);
        assertThat(browser.navigationLabel("")).isEqualTo("Saison");

        // The choice is stored with the user, and the journeys share one server: leave English behind.
        browser.chooseLanguage("English");
        browser.waitForText("vaadin-side-nav-item[path='']", "Season");
    }
}
