package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The script in the room, as issue 24's "Done when" walks it, with real pointer input: in English the showrunner
 * imports a Fountain script through the upload, reads it as a screenplay, drags across "pointe shoes" and tags it in
 * two clicks (and "barre" after a double click), accepts the scene's suggestions and boards the scenes on a shoot
 * day; in French she imports the Blue revision: "pointe shoes" is still highlighted, the cut "barre" is flagged ⚑,
 * the changed lines carry asterisks, and what the revision touches names the dance number and the shoot day. The
 * API gives the same script, highlights and suggestions.
 */
@ExtendWith(BrowserExtension.class)
class ScriptRoomE2E {

    private static final Path WHITE = Path.of("src/test/resources/e2e/script-room-white.fountain");
    private static final Path BLUE = Path.of("src/test/resources/e2e/script-room-blue.fountain");
    private static final String EPISODE = "924";
    private static final String EPISODE_LABEL = EPISODE + " — Journey — script room";
    private static final String ACTION = ".script-page .script-action";

    @Test
    void a_script_is_tagged_by_highlighting_reviewed_and_revised_in_english_and_french(Browser browser)
            throws Exception {
        browser.resize(1280, 800);
        browser.loginAs(DemoLogin.SHOWRUNNER);
        browser.createEpisode(EPISODE, "Journey — script room");

        // English: import the script through the upload.
        browser.navigateTo("import");
        browser.pick("episode", EPISODE, EPISODE_LABEL);
        browser.upload("upload", WHITE);
        browser.waitForText("#summary", "script-room-white.fountain");
        browser.click("vaadin-button#append");
        assertThat(browser.notification("success")).contains("Imported 2 scenes into episode " + EPISODE);

        // From the first card, one click to the scene's text.
        String board = browser.openEpisodeFromSeason(EPISODE);
        String episodeId = board.split("/")[1];
        String studio = browser.sceneCardIds().getFirst().substring("scene-".length());
        browser.click("vaadin-button#scene-" + studio + "-script");
        browser.waitForText("#script-scene-" + studio, "pointe shoes");
        assertThat(browser.find("#script-scene-" + studio + " .script-heading").getText())
                .contains("INT. STUDIO SEINE - DAY");

        // A real drag across "pointe shoes" opens the menu; Props, then Tag: two clicks.
        browser.dragAcross(ACTION, "pointe shoes");
        assertThat(browser.find("vaadin-dialog#highlight-menu").getDomProperty("headerTitle"))
                .isEqualTo("Tag \"pointe shoes\" as");
        browser.screenshot("script-room-menu-en");
        browser.click(props());
        browser.click("vaadin-button#highlight-tag");
        WebElement shoes = browser.waitForText(".script-page .script-line .highlight-mark", "pointe shoes");
        assertThat(shoes.getDomAttribute("title")).isEqualTo("Pointe shoes");
        assertThat(browser.find("#highlight-legend").getText()).contains("Props");

        // A double click selects "barre": tagged the same way, as a new prop.
        browser.doubleClickWord(ACTION, "barre");
        browser.click(props());
        browser.click("vaadin-button#highlight-tag");
        browser.waitForText("#script-scene-" + studio + " .script-action", "barre");
        assertThat(markTexts(browser)).contains("pointe shoes", "barre");
        browser.screenshot("script-room-reader-en");

        // One click back to the card; the scene's suggestions, reviewed and accepted.
        browser.click("vaadin-button#script-scene-" + studio + "-card");
        WebElement review = browser.waitForText("#scene-suggestions", "Dance number");
        assertThat(browser.findAll("#scene-suggestions input").stream().map(input -> input.getDomProperty("value")))
                .contains("Morning Class");
        browser.script("arguments[0].scrollIntoView({block: 'start'});", review);
        browser.screenshot("script-room-suggestions-en");
        browser.click("vaadin-button#suggestions-accept-all");
        browser.waitUntilIdle();
        browser.click("vaadin-button#scene-cancel");

        // The production side of the showrunner boards the episode's scenes on a shoot day.
        browser.open("production");
        browser.pick("filter-episode", EPISODE, EPISODE);
        browser.find("vaadin-grid#boneyard vaadin-checkbox:not(.vaadin-grid-select-all-checkbox)");
        for (WebElement row : browser.findAll("vaadin-grid#boneyard vaadin-checkbox:not(.vaadin-grid-select-all-checkbox)")) {
            if (row.isDisplayed()) {
                row.click();
                browser.waitUntilIdle();
            }
        }
        WebElement day = browser.find("vaadin-combo-box#target-day input");
        day.click();
        browser.find("vaadin-combo-box#target-day[opened]");
        day.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitUntilIdle();
        browser.click("vaadin-button#move-to-day");
        browser.screenshot("script-room-boarded-en");

        // French: the Blue revision through the revise import.
        browser.chooseLanguage("Français");
        browser.open("import");
        browser.pick("episode", EPISODE, EPISODE_LABEL);
        browser.upload("upload", BLUE);
        browser.waitForText("#summary", "script-room-blue.fountain");
        browser.click("vaadin-button#revise");
        browser.find("vaadin-dialog#revision-preview");
        browser.screenshot("script-room-revise-fr");
        browser.click("vaadin-button#revision-apply");
        browser.notification("success");

        // The card says a highlight is to check; what the revision touches names the number and the day.
        browser.open(board);
        assertThat(browser.waitForText("#scene-" + studio + " .check-badge", "⚑ 1").getText()).isEqualTo("⚑ 1");
        browser.click("vaadin-button#revision-reach-open");
        assertThat(browser.waitForText("#reach-dance-numbers", "Morning Class").getText()).contains("Morning Class");
        assertThat(browser.find("#reach-shoot-days").getText()).contains("jour").contains("séq. 1");
        assertThat(browser.find("#reach-flagged").getText()).contains("barre");
        assertThat(browser.find("#reach-elements").getText()).contains("Accessoires : Pointe shoes");
        browser.screenshot("script-room-reach-fr");

        // The reader: the surviving highlight is still there, the cut one is not drawn, changed lines marked.
        browser.open("episodes/" + episodeId + "/script");
        browser.waitForText(".script-page", "in silence");
        assertThat(markTexts(browser)).containsExactly("pointe shoes");
        assertThat(browser.find("#highlight-legend").getText()).contains("Surlignages :", "Accessoires");
        assertThat(browser.findAll(".script-page .script-line.revised").stream().map(WebElement::getText).toList())
                .anyMatch(line -> line.contains("pointe shoes in silence"))
                .anyMatch(line -> line.contains("From the very top."))
                .noneMatch(line -> line.contains("FOG MACHINE"));
        assertThat(browser.script("return getComputedStyle(arguments[0], '::after').content;",
                browser.find(".script-page .script-line.revised"))).isEqualTo("\"*\"");
        browser.screenshot("script-room-reader-fr");
        browser.resize(1920, 1080);
        browser.screenshot("script-room-reader-fr-1920");

        // The API gives the same script, highlights and suggestions.
        String script = api(browser, "api/episodes/" + episodeId + "/scenes/" + studio + "/script");
        assertThat(script).contains("Gael laces his pointe shoes in silence.", "From the very top.",
                "\"words\":\"pointe shoes\"", "\"words\":\"barre\"", "\"needsCheck\":true");
        String suggestions = api(browser, "api/episodes/" + episodeId + "/suggestions?status=all");
        assertThat(suggestions).contains("\"name\":\"Morning Class\"", "\"status\":\"accepted\"");

        browser.chooseLanguage("English"); // the next journeys log in as the showrunner in English
    }

    /** The menu's button for the Props category, found by its label. */
    private static By props() {
        return By.xpath("//vaadin-button[starts-with(@id, 'highlight-as-category-') and normalize-space()='Props']");
    }

    private static List<String> markTexts(Browser browser) {
        return browser.findAll(".script-page .script-line .highlight-mark").stream().map(WebElement::getText).toList();
    }

    private static String api(Browser browser, String path) throws Exception {
        String credentials = DemoLogin.SHOWRUNNER.username + ":" + DemoLogin.SHOWRUNNER.password;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(browser.siteUrl(path)))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
