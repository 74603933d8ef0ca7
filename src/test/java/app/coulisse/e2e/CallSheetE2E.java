package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.schedule.UssSchema;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A 1st AD's shoot day on the demo (issue 25), with the mouse, in English then in French: boards a strip from the
 * boneyard into the Paris unit's first day, opens its call sheet, adjusts the crew call and a performer's pick-up,
 * publishes; moves the scene back off the day, sees the sheet out of date, publishes the revision; prints the call
 * sheet, the day's sides and a performer's own, downloads the USS file; then does it again in French. The PDFs are read
 * back and kept under target/e2e/ to be looked at; the board ends as the demo seeded it.
 */
@ExtendWith(BrowserExtension.class)
class CallSheetE2E {

    /** The Paris unit's second shoot day in the demo, which shoots a dance number. */
    private static final String DAY = "08/09/2026";
    private static final Path OUTPUT = Path.of(System.getProperty("coulisse.e2e.output", "target/e2e"));

    @Test
    void board_a_day_publish_its_call_sheet_revise_it_and_print_the_sides_in_english_and_french(Browser office)
            throws Exception {
        office.resize(1280, 800);
        office.loginAs(DemoLogin.PRODUCTION);

        // Board: a strip the Paris unit shoots goes from the boneyard to the end of its day 2.
        office.open("production");
        String label = parisStrip(office);
        boardOnTheDay(office, label);
        office.screenshot("call-sheet-1-board-en");

        // The call sheet of the day: two calls adjusted, then published.
        String dayId = openCallSheet(office);
        assertThat(column(office, "call-sheet-scenes", 0)).contains(label);
        office.fill("crew-call", "06:45");
        office.click("vaadin-button#save-calls");
        office.waitForText("vaadin-notification-card", "Saved.");
        // Geneviève is in every scene of the day: her call stays on the sheet when the new scene leaves again.
        pickContaining(office, "cast-performer", "LAVIGNE");
        office.fill("cast-pick-up", "05:40");
        office.click("vaadin-button#save-cast-times");
        office.waitForText("vaadin-grid#call-sheet-cast", "05:40");
        press(office, "vaadin-button#publish-call-sheet");
        office.waitForText("#call-sheet-status", "Version 1 published by production, up to date");
        office.screenshot("call-sheet-2-published-en");

        // The scene goes back to the boneyard: the published sheet is out of date, and a revision says why.
        office.open("production");
        backToTheBoneyard(office, label);
        office.open("production/call-sheets/" + dayId);
        office.waitForText("#call-sheet-status", "Out of date: changed since version 1 was published.");
        assertThat(office.find("#call-sheet-problems").getText()).contains(label);
        office.screenshot("call-sheet-3-out-of-date-en");
        press(office, "vaadin-button#publish-call-sheet");
        office.waitForText("#call-sheet-status", "Version 2 published by production, up to date");
        List<String> scenes = column(office, "call-sheet-scenes", 0);
        List<String> characters = column(office, "call-sheet-cast", 1);
        List<String> dances = office.findAll("#call-sheet-dances p").stream()
                .map(p -> p.getText().split(" — ")[0]).toList();
        assertThat(scenes).isNotEmpty().doesNotContain(label);
        assertThat(dances).as("the day's dance numbers").isNotEmpty();

        String english = pdf(office, "call-sheet-pdf", "call-sheet-v2-en.pdf");
        assertThat(english).contains("Version 2", "Revised", "Scene " + label + " removed.", "Crew call 06:45",
                "05:40", "Day 2 of 7", "Paris unit", "Sunrise 07:", "Paris").doesNotContain("(no address)");
        scenes.forEach(scene -> assertThat(english).contains(scene));
        characters.forEach(character -> assertThat(english).contains(character));
        dances.forEach(dance -> assertThat(english).contains(dance));

        // Sides: the day's, then the performer's own.
        office.open("production/days");
        office.click("a#sides-day-" + dayId);
        String sides = text(office.downloaded("-sides.pdf"), "sides-day-en.pdf");
        assertThat(sides).contains("Scenes in shooting order: ", "Day 2 of 7", "Printed for production");
        String reader = pickFirst(office, "sides-for-day-" + dayId);
        office.click("a#sides-performer-day-" + dayId);
        String castId = reader.substring(0, reader.indexOf('.'));
        String theirs = text(office.downloaded("-cast-" + castId + ".pdf"), "sides-performer-en.pdf");
        // "3. CHEYENNE TOUSSAINT (Lou de Laâge)": their scenes only, with the performer's name on them.
        assertThat(theirs).contains("Printed for " + reader.replaceAll(".*\\((.*)\\)$", "$1"));

        // The schedule for crew apps: the standard's file, valid against the schema written from its documentation.
        office.open("production");
        office.click("a#download-uss");
        Path uss = office.downloaded(".uss");
        String json = Files.readString(uss);
        Files.copy(uss, OUTPUT.resolve("schedule.uss.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(UssSchema.problems(json)).isEmpty();
        assertThat(json).contains("\"ussVersion\":\"1.0.0\"", "Paris unit", "New York unit");

        // En français: the strip goes back onto the day, the sheet is out of date again, a call changes, version 3.
        office.chooseLanguage("Français");
        office.open("production");
        boardOnTheDay(office, label);
        office.screenshot("call-sheet-4-board-fr");
        office.open("production/call-sheets/" + dayId);
        office.waitForText("#call-sheet-status", "Périmée : modifiée depuis la publication de la version 2.");
        office.fill("shooting-call", "08:30");
        office.click("vaadin-button#save-calls");
        office.waitForText("vaadin-notification-card", "Enregistré");
        press(office, "vaadin-button#publish-call-sheet");
        office.waitForText("#call-sheet-status", "Version 3 publiée par production, à jour");
        office.screenshot("call-sheet-5-published-fr");
        office.resize(1920, 1080);
        office.screenshot("call-sheet-6-published-fr-1920");
        office.resize(1280, 800);
        office.choose("call-sheet-language", "Français");
        String french = pdf(office, "call-sheet-pdf", "call-sheet-v3-fr.pdf");
        assertThat(french).contains("Version 3", "Révisée", label, "Convocation équipe 06:45",
                "Début de tournage 08:30", "Jour 2 sur 7", "mardi 8 septembre 2026", "NUMÉROS DANSÉS DU JOUR");
        dances.forEach(dance -> assertThat(french).contains(dance));
        office.open("production/days");
        office.click("a#sides-day-" + dayId);
        Path frenchSides = office.downloaded("-sides.pdf");
        assertThat(text(frenchSides, "sides-day-fr.pdf")).contains("Séquences dans l'ordre de tournage",
                "Jour 2 sur 7", "Imprimé pour production");

        // The demo board as it was seeded, for the journeys after this one, in English.
        office.open("production");
        backToTheBoneyard(office, label);
        office.chooseLanguage("English");
    }

    /** The label of the first boneyard strip shot in Paris, as the grid shows it. */
    @SuppressWarnings("unchecked")
    private static String parisStrip(Browser office) {
        office.gridCells("boneyard");
        List<Map<String, String>> rows = (List<Map<String, String>>) office.script("""
                const grid = arguments[0];
                const rows = [];
                for (const row of grid.shadowRoot.querySelectorAll('#items tr')) {
                    const texts = [...row.querySelectorAll('td')].map(cell =>
                        cell.querySelector('slot')?.assignedElements()[0]?.textContent.trim() ?? '');
                    if (!row.hidden && texts.length > 3 && texts[1]) {
                        rows.push({label: texts[1], set: texts[3]});
                    }
                }
                return rows;
                """, office.find("vaadin-grid#boneyard"));
        return rows.stream().filter(row -> row.get("set").matches("(BALLET NATIONAL|PALAIS GARNIER|PARIS|CDG).*"))
                .map(row -> row.get("label")).findFirst()
                .orElseThrow(() -> new AssertionError("No Paris strip in the boneyard: " + rows));
    }

    /** Ticks the strip in the boneyard and moves it to the end of the day, with the mouse. */
    private static void boardOnTheDay(Browser office, String label) {
        checkRow(office, "boneyard", label);
        pickContaining(office, "target-day", DAY);
        office.click("vaadin-button#move-to-day");
        office.waitForText("vaadin-grid#board", label);
    }

    /** Ticks the strip on the board and moves it back to the boneyard, with the mouse. */
    private static void backToTheBoneyard(Browser office, String label) {
        checkRow(office, "board", label);
        office.click("vaadin-button#move-to-boneyard");
        office.waitForText("vaadin-grid#boneyard", label);
    }

    /**
     * Clicks a button with the mouse once it is in the middle of the window: the call sheet is longer than the window,
     * and the publish button at its top is out of sight after an edit further down.
     */
    private static void press(Browser office, String css) {
        inSight(office, css);
        office.click(css);
    }

    /** An element scrolled to the middle of the window, where the mouse can reach it. */
    private static WebElement inSight(Browser office, String css) {
        WebElement element = office.find(css);
        office.script("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    /** Ticks a strip's selection box in a grid, with the mouse. */
    private static void checkRow(Browser office, String gridId, String label) {
        office.waitForText("vaadin-grid#" + gridId, label);
        WebElement box = (WebElement) office.script("""
                for (const row of arguments[0].shadowRoot.querySelectorAll('#items tr')) {
                    const cells = [...row.querySelectorAll('td')].map(cell =>
                        cell.querySelector('slot')?.assignedElements()[0]);
                    if (!row.hidden && cells[1] && cells[1].textContent.trim() === arguments[1]) {
                        return cells[0].querySelector('vaadin-checkbox');
                    }
                }
                return null;
                """, office.find("vaadin-grid#" + gridId), label);
        assertThat(box).as("%s in %s", label, gridId).isNotNull();
        office.script("arguments[0].scrollIntoView({block: 'center'});", box);
        box.click();
        office.waitUntilIdle();
    }

    /** The texts of one column of a grid's rendered rows. */
    @SuppressWarnings("unchecked")
    private static List<String> column(Browser office, String gridId, int index) {
        office.gridCells(gridId);
        return (List<String>) office.script("""
                const texts = [];
                for (const row of arguments[0].shadowRoot.querySelectorAll('#items tr')) {
                    const cell = row.querySelectorAll('td')[arguments[1]];
                    const content = cell && cell.querySelector('slot')?.assignedElements()[0];
                    if (!row.hidden && content) {
                        texts.push(content.textContent.trim());
                    }
                }
                return texts;
                """, office.find("vaadin-grid#" + gridId), index);
    }

    /** Opens the call sheets from the menu and picks the day; answers the day's id, from the address. */
    private static String openCallSheet(Browser office) {
        office.navigateTo("production/call-sheets");
        pickContaining(office, "call-sheet-day", DAY);
        office.waitForUrl(".*/production/call-sheets/\\d+$", Duration.ofSeconds(30));
        office.find("#call-sheet-status");
        return office.currentUrl().replaceAll(".*/", "");
    }

    /** Types into a combo box and clicks the first item of its list that holds the text. */
    private static void pickContaining(Browser office, String comboBoxId, String typed) {
        WebElement input = inSight(office, "vaadin-combo-box#" + comboBoxId + " input");
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(typed);
        office.click(By.xpath("(//vaadin-combo-box[@id='" + comboBoxId + "' and @opened]"
                + "//vaadin-combo-box-item[contains(normalize-space(), '" + typed + "')])[1]"));
    }

    /** Opens a combo box and clicks its first item; answers the item's label. */
    private static String pickFirst(Browser office, String comboBoxId) {
        inSight(office, "vaadin-combo-box#" + comboBoxId + " input").click();
        String label = office.find("vaadin-combo-box#" + comboBoxId + "[opened] vaadin-combo-box-item").getText();
        office.click(By.xpath("(//vaadin-combo-box[@id='" + comboBoxId + "' and @opened]//vaadin-combo-box-item)[1]"));
        return label;
    }

    /**
     * The call sheet the screen's link prints (it opens in a tab of its own): fetched at the link's address with the
     * browser's session, kept under target/e2e and read back.
     */
    private static String pdf(Browser office, String linkId, String keptAs) throws IOException, InterruptedException {
        String href = office.find("a#" + linkId).getDomProperty("href");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + office.cookie("JSESSIONID")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        Path file = Files.createDirectories(OUTPUT).resolve(keptAs);
        Files.write(file, response.body());
        return text(file, null);
    }

    /** A PDF's text, its spaces folded; kept under target/e2e as {@code keptAs} when given. */
    private static String text(Path pdf, String keptAs) throws IOException {
        if (keptAs != null) {
            Files.copy(pdf, Files.createDirectories(OUTPUT).resolve(keptAs),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.delete(pdf);
            pdf = OUTPUT.resolve(keptAs);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            System.out.printf("%s: %d page(s)%n", pdf.getFileName(), document.getNumberOfPages());
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
