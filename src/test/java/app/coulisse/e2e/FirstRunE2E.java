package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fresh install from the browser: the deployment's showrunner logs in, lands on the setup page, names
 * the show, creates the first episode and its first scene, and downloads the episode's workbook.
 */
@FreshInstall
@ExtendWith(BrowserExtension.class)
class FirstRunE2E {

    @Test
    void a_fresh_install_goes_from_login_to_its_own_episode_workbook(Browser browser) throws Exception {
        browser.attemptLogin(ProductionServer.FRESH_ADMIN, ProductionServer.FRESH_ADMIN_PASSWORD);
        browser.waitForText("vaadin-vertical-layout#setup h2", "Set up your series");
        assertThat(browser.currentUrl()).endsWith("/setup");

        browser.fill("setup-title", "Les Cygnes");
        browser.fill("setup-production", "Lac Films");
        browser.click("vaadin-button#setup-add-company");
        browser.fill("setup-company-1-name", "Ballet du Lac");
        browser.fill("setup-company-1-city", "Genève");
        browser.click("vaadin-button#setup-save");
        browser.waitForText("h2", "Les Cygnes — season overview");

        browser.createEpisode("101", "Le Lac");
        browser.openEpisodeFromSeason("101");
        assertThat(browser.isPresent("vaadin-horizontal-layout#board vaadin-button[id^='act-'][id$='-add']")).isTrue();
        browser.addSceneToFirstAct("Odette meets Siegfried by the lake.");

        browser.click("a#download-episode-workbook");
        Path workbook = browser.downloaded(".xlsx");
        assertThat(workbook.getFileName().toString()).isEqualTo("Les Cygnes-101-breakdown.xlsx");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook excel = new XSSFWorkbook(in)) {
            Sheet oneLiner = excel.getSheet("One-liner");
            assertThat(oneLiner).as("sheet One-liner").isNotNull();
            assertThat(texts(oneLiner)).contains("Odette meets Siegfried by the lake.");
        }
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                texts.add(cell.toString());
            }
        }
        return texts;
    }
}
