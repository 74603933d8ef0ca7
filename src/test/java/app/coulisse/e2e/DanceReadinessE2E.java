package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production office at 1280×800 asks whether the demo's corps can be shot (issue 26): no go on its shoot days,
 * because its rights are still negotiated and its big swan has no dancer signed off, said in English and in French.
 */
@ExtendWith(BrowserExtension.class)
class DanceReadinessE2E {

    @Test
    void the_corps_is_no_go_and_the_screen_says_why_in_english_and_french(Browser office) throws Exception {
        office.resize(1280, 800);
        office.loginAs(DemoLogin.PRODUCTION);
        office.open("production/readiness");
        office.pick("readiness-number", "Corps", "Corps de Ballet in Pieces");
        office.waitForText("vaadin-grid#readiness-days", "No go");
        List<String> english = office.gridCells("readiness-days");
        assertThat(english).anyMatch(cell -> cell.contains("No dancer signed off as ready in \"Big swan\""))
                .anyMatch(cell -> cell.contains("Choreography rights still being negotiated"));
        office.screenshot("readiness-corps-en");

        office.chooseLanguage("Français");
        office.open("production/readiness");
        office.pick("readiness-number", "Corps", "Corps de Ballet in Pieces");
        office.waitForText("vaadin-grid#readiness-days", "Pas prêt");
        assertThat(office.gridCells("readiness-days"))
                .anyMatch(cell -> cell.contains("Droits chorégraphiques encore en négociation"));
        office.screenshot("readiness-corps-fr");
        office.open("production/call-sheets");
        office.screenshot("call-sheets-fr");
        office.chooseLanguage("English"); // the next journeys log in as the production office in English
    }
}
