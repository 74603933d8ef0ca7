package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * The screens on a 1280×800 laptop, used with the mouse (issue 23): a long detail pane scrolls so its Save and Delete
 * are reached, the stripboard's day banners show their date and pages, an unknown address shows the app's page.
 */
@ExtendWith(BrowserExtension.class)
class LayoutE2E {

    @Test
    void a_dance_number_is_saved_and_deleted_with_the_mouse_in_a_1280_by_800_window(Browser browser) throws Exception {
        browser.resize(1280, 800);
        browser.loginAs(DemoLogin.WRITER);
        browser.open("dance-numbers");

        browser.click("vaadin-button#new-dance-number");
        browser.fill("dance-title", "Layout Waltz");
        browser.fill("dance-props", "A chair");
        assertThat((Boolean) browser.script("const pane = arguments[0].closest('.master-detail-pane');"
                + " return pane.scrollHeight > pane.clientHeight;", browser.find("vaadin-button#save-dance-number")))
                .as("the form is taller than its pane").isTrue();
        browser.clickAfterScrollingPane("vaadin-button#save-dance-number");

        assertThat(browser.notification("success")).contains("Layout Waltz");
        browser.waitForText("vaadin-grid#dance-numbers", "Layout Waltz");
        browser.screenshot("dance-number-saved-1280x800");

        browser.clickAfterScrollingPane("vaadin-button#delete-dance-number");
        browser.click("vaadin-confirm-dialog#confirm-delete vaadin-button[slot='confirm-button']");

        assertThat(browser.notification("success")).contains("Layout Waltz");
        assertThat(browser.gridCells("dance-numbers")).doesNotContain("Layout Waltz");
    }

    @Test
    void the_stripboard_banners_show_each_days_date_and_pages_uncut(Browser browser) throws Exception {
        browser.resize(1280, 800);
        browser.loginAs(DemoLogin.PRODUCTION);
        browser.open("production");

        List<WebElement> banners = browser.findAll("vaadin-grid#board vaadin-grid-cell-content").stream()
                .filter(cell -> cell.getText().contains(" pages")).toList();
        assertThat(banners).as("day banners").isNotEmpty();
        WebElement first = banners.getFirst();
        assertThat(first.getText()).matches("(?s)Paris unit · .*2026 — \\d+ scenes, .+ pages");
        assertThat((Boolean) browser.script("return arguments[0].scrollWidth <= arguments[0].clientWidth;", first))
                .as("nothing of the banner is cut").isTrue();
        browser.screenshot("stripboard-1280x800");

        browser.click("a#link-days");
        // Below the unit and day forms, the days still show several rows, not one.
        assertThat(((Number) browser.script("return arguments[0].getBoundingClientRect().height;",
                browser.find("vaadin-grid#days"))).doubleValue()).isGreaterThan(300);
    }

    @Test
    void an_unknown_address_shows_the_apps_not_found_page_to_a_logged_in_user(Browser browser) throws Exception {
        browser.loginAs(DemoLogin.WRITER);
        browser.open("no-such-screen");

        assertThat(browser.waitForText("#page-not-found", "Not found").getText())
                .contains("There is no page at this address");
        assertThat(browser.isPresent("vaadin-side-nav#side-nav")).as("inside the app").isTrue();
    }
}
