package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BrowserExtension.class)
class NavigationByRoleE2E {

    @Test
    void the_showrunner_opens_users_from_the_navigation(Browser browser) {
        browser.loginAs(DemoLogin.SHOWRUNNER);
        assertThat(browser.navigationPaths())
                .containsExactly("", "cast", "dance-numbers", "elements", "reports", "import", "production",
                        "production/call-sheets", "production/locations", "users");

        browser.navigateTo("users");

        browser.waitForText("vaadin-grid#users", "production");
        assertThat(browser.gridCells("users")).contains("showrunner", "writer", "production");
        assertThat(browser.currentUrl()).endsWith("/users");
    }

    @Test
    void a_writer_neither_sees_nor_opens_users(Browser browser) {
        browser.loginAs(DemoLogin.WRITER);
        assertThat(browser.navigationPaths()).containsExactly("", "cast", "dance-numbers", "elements", "reports", "import",
                "production");

        browser.open("users");

        assertThat(browser.isPresent("vaadin-grid#users")).isFalse();
    }

    @Test
    void production_reads_every_feature_but_cannot_open_the_import(Browser browser) {
        browser.loginAs(DemoLogin.PRODUCTION);
        assertThat(browser.navigationPaths()).containsExactly("", "cast", "dance-numbers", "elements", "reports",
                "production", "production/call-sheets", "production/locations");

        browser.open("import");

        assertThat(browser.isPresent("vaadin-upload#upload")).isFalse();
    }
}
