package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23, items 7 and 8: the room makes Season 2 current while the office still shoots Season 1. Season 1 stays
 * reachable: an episode created with Season 1 picked is listed there, and the stripboard and Units and days show
 * Season 1's days once it is picked. The journey makes Season 1 current again at the end, so the journeys after it
 * find the demo season current.
 */
@ExtendWith(BrowserExtension.class)
class SeasonsE2E {

    @Test
    void with_season_2_current_season_1_keeps_its_new_episodes_and_its_shoot(Browser browser) throws Exception {
        browser.loginAs(DemoLogin.SHOWRUNNER);
        browser.resize(1280, 800);
        browser.open("");
        browser.click("vaadin-button#add-season");
        browser.click("vaadin-button#add-season-save");
        browser.waitForText("vaadin-select#season-picker", "Season 2");
        browser.click("vaadin-button#make-current-season");
        browser.waitForText("vaadin-select#season-picker", "Season 2 (current)");
        try {
            browser.choose("season-picker", "Season 1");
            browser.click("vaadin-button#new-episode");
            assertThat(browser.script("return document.querySelector('vaadin-dialog#episode-editor').headerTitle"))
                    .isEqualTo("New episode in Season 1");
            browser.screenshot("seasons-new-episode-en");
            browser.fill("episode-number", "190");
            browser.fill("episode-title-field", "Coda");
            browser.click("vaadin-button#episode-save");
            browser.waitForText("vaadin-grid#episodes", "Coda");
            assertThat(browser.gridCells("episodes")).contains("190", "101");
            browser.screenshot("seasons-overview-season-1-en");

            // The side navigation's Production entry opens the season picked on the overview.
            browser.navigateTo("production");
            browser.waitForText("vaadin-select#season-picker", "Season 1");
            browser.waitForText("vaadin-grid#board", "Day 1");
            browser.screenshot("seasons-stripboard-season-1-en");

            browser.click("a#link-days");
            browser.waitForText("vaadin-select#season-picker", "Season 1");
            assertThat(browser.gridCells("units")).contains("Paris unit");
            assertThat(browser.gridCells("days")).contains("Paris unit");
            browser.screenshot("seasons-days-season-1-en");

            browser.click("a#link-dood");
            browser.waitForText("vaadin-select#season-picker", "Season 1");
            browser.waitForText("vaadin-grid#dood", "SW");
            browser.screenshot("seasons-dood-season-1-en");

            // The import lists the episodes of the season picked, the new one included.
            browser.navigateTo("import");
            browser.waitForText("vaadin-select#season-picker", "Season 1");
            browser.pick("episode", "190", "190 — Coda");
            browser.screenshot("seasons-import-season-1-en");

            browser.open("production/days");
            // Season 2, picked on a production screen, has no shoot yet: the screen is built again for it.
            browser.choose("season-picker", "Season 2 (current)");
            browser.waitForText("vaadin-select#season-picker", "Season 2 (current)");
            assertThat(browser.gridCells("units")).doesNotContain("Paris unit");

            browser.chooseLanguage("Français");
            browser.open("production");
            browser.choose("season-picker", "Saison 1");
            browser.waitForText("vaadin-grid#board", "Jour 1");
            browser.screenshot("seasons-stripboard-season-1-fr");
            browser.open("");
            browser.click("vaadin-button#new-episode");
            assertThat(browser.script("return document.querySelector('vaadin-dialog#episode-editor').headerTitle"))
                    .isEqualTo("Nouvel épisode dans la saison 1");
            // A number the series already has is refused at the field, what was typed kept.
            browser.fill("episode-number", "101");
            browser.fill("episode-title-field", "Un second pilote");
            browser.click("vaadin-button#episode-save");
            browser.find("vaadin-text-field#episode-number[invalid]");
            assertThat(browser.script("return document.querySelector('#episode-number').errorMessage"))
                    .isEqualTo("L'épisode 101 existe déjà.");
            browser.screenshot("seasons-new-episode-fr");
        } finally {
            // The journeys share one server, and the language is stored with the user: leave both as found.
            browser.open("");
            browser.chooseLanguage("English");
            browser.choose("season-picker", "Season 1");
            browser.click("vaadin-button#make-current-season");
            browser.waitForText("vaadin-select#season-picker", "Season 1 (current)");
        }
    }
}
