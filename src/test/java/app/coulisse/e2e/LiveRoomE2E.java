package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two people in two Chromiums on one episode: one moves a card, the other sees it move without reloading. */
@ExtendWith(BrowserExtension.class)
class LiveRoomE2E {

    @Test
    void a_card_moved_in_one_browser_moves_in_the_other_without_a_reload(Browser writer) throws Exception {
        writer.loginAs(DemoLogin.WRITER);
        writer.createEpisode("938", "Live room");
        writer.openEpisodeFromSeason("938");
        String first = writer.addSceneToFirstAct("Jack arrives.");
        String second = writer.addSceneToFirstAct("Jack argues.");

        Browser showrunner = writer.another();
        try {
            showrunner.loginAs(DemoLogin.SHOWRUNNER);
            showrunner.openEpisodeFromSeason("938");
            assertThat(showrunner.sceneCardIds()).containsExactly(first, second);
            showrunner.find("vaadin-avatar-group#episode-presence");

            writer.click("vaadin-button#" + second + "-up");

            long moved = System.nanoTime();
            showrunner.waitForText("#" + second + "-number", "1");
            System.out.printf("Live room: the other browser showed the move after %d ms%n",
                    (System.nanoTime() - moved) / 1_000_000);
            assertThat(showrunner.sceneCardIds()).containsExactly(second, first);
            assertThat(showrunner.currentUrl()).endsWith("/board");
            // The board after the push (updated in place, record 062), as the other person sees it.
            showrunner.resize(1280, 800);
            showrunner.screenshot("live-room-board-en");
            showrunner.resize(1920, 1080);
            showrunner.screenshot("live-room-board-en-1920");
            showrunner.resize(1280, 800);
            showrunner.chooseLanguage("Français");
            showrunner.waitForText("#" + second + "-number", "1");
            showrunner.screenshot("live-room-board-fr");
            showrunner.chooseLanguage("English"); // the language is the user's: the next journeys expect English
        } finally {
            showrunner.quit();
        }
    }
}
