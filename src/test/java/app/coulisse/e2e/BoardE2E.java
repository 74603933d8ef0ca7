package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/** Episode 101 of the demo season as a writer reads it: board, then one-liner. Changes nothing. */
@ExtendWith(BrowserExtension.class)
class BoardE2E {

    /** The demo palette (V1 defaults) in the form getComputedStyle reports colours. */
    private static final String EXT_DAY_YELLOW = "rgb(255, 245, 157)";
    private static final String INT_NIGHT_BLUE = "rgb(144, 202, 249)";
    /** coulisse.css: .scene-badges .cast-badge { background: #ffebee }. */
    private static final String CAST_BADGE_PINK = "rgb(255, 235, 238)";

    @Test
    void a_writer_opens_the_board_from_the_season_and_the_one_liner_shows_the_strip_colours(Browser browser) throws Exception {
        browser.loginAs(DemoLogin.WRITER);

        browser.openEpisodeFromSeason("101");

        List<String> acts = browser.findAll("vaadin-horizontal-layout#board .board-column .act-name").stream()
                .map(WebElement::getText).toList();
        assertThat(acts).containsExactly("Teaser", "Act One", "Act Two", "Act Three", "Act Four", "Act Five", "Tag");
        List<String> cards = browser.sceneCardIds();
        assertThat(cards).hasSize(17);
        String first = cards.get(0);
        assertThat(browser.find("#" + first + "-open").getText()).isEqualTo("INT. MBT - JACK'S OFFICE - DAY");
        // The badges are styled: coulisse.css is loaded and every rule in it is read.
        assertThat(browser.find("#" + first + "-cast-badge").getText()).isEqualTo("1");
        assertThat(browser.computedStyle("#" + first + "-cast-badge", "background-color")).isEqualTo(CAST_BADGE_PINK);
        browser.screenshot("episode-board");

        browser.click("a#link-one-liner");

        assertThat(browser.currentUrl()).endsWith("/one-liner");
        // Scene 2 is EXT. ... MORNING, scene 3 INT. ... NIGHT: yellow and blue strips of the series palette.
        assertThat(browser.rowBackgrounds("one-liner"))
                .containsEntry("2", EXT_DAY_YELLOW)
                .containsEntry("3", INT_NIGHT_BLUE);
        browser.screenshot("one-liner");
    }
}
