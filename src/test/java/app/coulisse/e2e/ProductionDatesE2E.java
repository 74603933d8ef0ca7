package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production screens' date pickers in a real browser, where the typed text is read: an ISO date and a
 * day-first date are both taken, anything else marks the field with what to type, in English and French.
 * Changes nothing.
 */
@ExtendWith(BrowserExtension.class)
class ProductionDatesE2E {

    private static final String CALL_DATE = "vaadin-date-picker#call-date";

    private static void type(Browser browser, String text) {
        browser.fill("call-date", text);
    }

    private static Object property(Browser browser, String name) {
        return browser.script("return arguments[0][arguments[1]];", browser.find(CALL_DATE), name);
    }

    @Test
    void a_typed_iso_or_day_first_date_is_taken_and_a_wrong_one_says_what_to_type(Browser browser) throws Exception {
        browser.loginAs(DemoLogin.PRODUCTION);
        browser.open("production/rehearsals");

        type(browser, "2026-09-10");
        assertThat(property(browser, "value")).isEqualTo("2026-09-10");
        assertThat(browser.find(CALL_DATE + " input").getDomProperty("value")).isEqualTo("10/09/2026");
        assertThat(property(browser, "invalid")).isEqualTo(false);

        type(browser, "11/09/2026");
        assertThat(property(browser, "value")).as("day first").isEqualTo("2026-09-11");

        type(browser, "31/31/2026");
        assertThat(property(browser, "invalid")).isEqualTo(true);
        assertThat(property(browser, "errorMessage"))
                .isEqualTo("Type the date as 10/09/2026 (day/month/year) or 2026-09-10.");
        browser.screenshot("production-date-refused-en");

        browser.chooseLanguage("Français");
        browser.waitForText("h2", "Répétitions");
        type(browser, "2026-09-10");
        assertThat(property(browser, "value")).isEqualTo("2026-09-10");
        type(browser, "2026/13/45");
        assertThat(property(browser, "errorMessage"))
                .isEqualTo("Écrivez la date sous la forme 10/09/2026 (jour/mois/année) ou 2026-09-10.");

        // The journeys share one server and the choice is stored with the user: leave English behind.
        browser.chooseLanguage("English");
        browser.waitForText("vaadin-side-nav-item[path='']", "Season");
    }
}
