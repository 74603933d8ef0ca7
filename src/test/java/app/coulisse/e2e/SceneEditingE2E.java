package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A writer edits and tags scenes on the board, each journey in an episode of its own. */
@ExtendWith(BrowserExtension.class)
class SceneEditingE2E {

    @Test
    void a_saved_synopsis_is_on_the_card_after_a_reload(Browser browser) {
        browser.loginAs(DemoLogin.WRITER);
        browser.createEpisode("901", "Journey — editing");
        browser.openEpisodeFromSeason("901");
        String card = browser.addSceneToFirstAct("Gael warms up alone.");

        browser.click("#" + card + "-open");
        browser.fill("scene-synopsis", "Gael warms up alone; Cheyenne watches from the door.");
        browser.click("vaadin-button#scene-save");
        browser.reload();

        assertThat(browser.find("#" + card + " .scene-synopsis").getText())
                .isEqualTo("Gael warms up alone; Cheyenne watches from the door.");
    }

    @Test
    void a_character_tagged_in_the_editor_shows_on_the_card(Browser browser) {
        browser.loginAs(DemoLogin.WRITER);
        browser.createEpisode("902", "Journey — tagging");
        browser.openEpisodeFromSeason("902");
        String card = browser.addSceneToFirstAct("Gael takes the class.");
        assertThat(browser.isPresent("#" + card + "-cast-badge")).isFalse();

        browser.click("#" + card + "-open");
        browser.pick("tag-character", "Gael", "5. GAEL");
        browser.waitForText("#tagged-cast", "5. GAEL");
        browser.click("vaadin-button#scene-cancel");

        assertThat(browser.waitForText("#" + card + "-cast-badge", "5").getText()).isEqualTo("5");
    }
}
