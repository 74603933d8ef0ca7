package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A writer imports a Fountain screenplay into a new episode and finds its scenes on the board. */
@ExtendWith(BrowserExtension.class)
class ScreenplayImportE2E {

    private static final Path FOUNTAIN = Path.of("src/test/resources/screenplay/etoile-101.fountain");
    private static final Pattern IMPORTED = Pattern.compile("Imported (\\d+) scenes into episode 903");

    @Test
    void an_uploaded_fountain_file_is_previewed_then_appended_to_the_board(Browser browser) {
        browser.loginAs(DemoLogin.WRITER);
        browser.createEpisode("903", "Journey — import");
        browser.navigateTo("import");
        browser.pick("episode", "903", "903 — Journey — import");

        browser.upload("upload", FOUNTAIN);

        browser.waitForText("#summary", "etoile-101.fountain");
        assertThat(browser.gridCells("scenes")).anyMatch(cell -> cell.contains("PARIS - OPERA HOUSE ROOF"));
        browser.click("vaadin-button#append");
        Matcher imported = IMPORTED.matcher(browser.notification("success"));
        assertThat(imported.find()).as("success notification").isTrue();
        int scenes = Integer.parseInt(imported.group(1));
        assertThat(scenes).isPositive();

        browser.openEpisodeFromSeason("903");

        assertThat(browser.sceneCardIds()).hasSize(scenes);
        assertThat(browser.find("vaadin-horizontal-layout#board").getText()).contains("EXT. PARIS - OPERA HOUSE ROOF - DUSK");
    }
}
