package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ui.LocalFormats;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 26's "Done when", as the choreographer and the costume head would walk it with the mouse at 1280×800, in
 * English and French: the demo's corps is no go on its first shoot day (rights negotiated, no dancer ready as its big
 * swan) and turns go once the rights are approved and a cover signed off; the principal of "The Veil" out for a week
 * lists what it touches and turns the Veil no go, her cover goes in with one action and the Day Out of Days and the
 * readiness follow, and the absence is removed at the end; the cue sheet of episode 101 downloads with its numbers and
 * timings. Each journey puts the demo back as it found it.
 */
@ExtendWith(BrowserExtension.class)
class DanceReadinessE2E {

    private static final String CORPS = "Corps de Ballet in Pieces";
    private static final String VEIL = "The Veil";
    private static final String COVER = "6. MARISOL VEGA";
    private static final String PRINCIPAL = "3. CHEYENNE TOUSSAINT";
    private static final String VEIL_COVER = "10. ÉLODIE MARCHAND";
    /** The demo's one scene of "The Veil", on the Paris unit's fourth day. */
    private static final String VEIL_STRIP = "101/7";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern(LocalFormats.DATE);

    @Test
    void the_corps_is_no_go_and_the_screen_says_why_in_english_and_french(Browser office) throws Exception {
        office.resize(1280, 800);
        office.loginAs(DemoLogin.PRODUCTION);
        office.chooseLanguage("English"); // whatever a journey before left
        office.open("production/readiness");
        office.pick("readiness-number", "Corps", CORPS);
        office.waitForText("vaadin-grid#readiness-days", "No go");
        List<String> english = office.gridCells("readiness-days");
        assertThat(english).anyMatch(cell -> cell.contains("No dancer signed off as ready in \"Big swan\""))
                .anyMatch(cell -> cell.contains("Choreography rights still being negotiated"));
        office.screenshot("readiness-corps-en");

        office.chooseLanguage("Français");
        office.open("production/readiness");
        office.pick("readiness-number", "Corps", CORPS);
        office.waitForText("vaadin-grid#readiness-days", "Pas prêt");
        assertThat(office.gridCells("readiness-days"))
                .anyMatch(cell -> cell.contains("Droits chorégraphiques encore en négociation"))
                .anyMatch(cell -> cell.contains("Aucun danseur validé prêt dans « Grand cygne »"));
        assertThat(office.gridCells("readiness-parts")).contains("Odette", "Von Rothbart", "Grand cygne");
        office.screenshot("readiness-corps-fr");
        office.open("production/call-sheets");
        office.screenshot("call-sheets-fr");
        office.chooseLanguage("English"); // the next journeys log in as the production office in English
    }

    @Test
    void approving_the_rights_and_signing_off_a_cover_turns_the_corps_go_on_its_first_shoot_day(Browser office)
            throws Exception {
        office.resize(1280, 800);
        office.loginAs(DemoLogin.PRODUCTION);
        office.chooseLanguage("English"); // whatever a journey before left
        List<String> first = firstDay(office, CORPS, "✗ No go");
        assertThat(first.get(2)).contains("Choreography rights still being negotiated")
                .contains("No dancer signed off as ready in \"Big swan\" is called that day.");

        setRights(office, "Approved", "Rights and music saved: " + CORPS);
        // The costume head's tab: its pieces against the first shoot or rehearsal day that needs them.
        office.click("vaadin-tab#tab-costumes");
        office.waitForText("#costume-first-day", "First needed on ");
        office.screenshot("costumes-corps-en");
        first = firstDay(office, CORPS, "✗ No go");
        assertThat(first.get(2)).doesNotContain("Choreography rights")
                .isEqualTo("No dancer signed off as ready in \"Big swan\" is called that day.");
        office.screenshot("readiness-corps-rights-approved-en");

        signOff(office, "Big swan", COVER, "vaadin-button#sign-off");
        assertThat(firstDayRow(office, "✓ Go").get(2)).isEmpty();
        assertThat(office.gridCells("readiness-parts")).anyMatch(cell -> cell.startsWith(COVER + " ✓ ready (production,"));
        office.screenshot("readiness-corps-go-en");

        // In French the office takes both back, and the corps is no go again, said in French.
        office.chooseLanguage("Français");
        firstDay(office, CORPS, "✓ Prêt");
        office.screenshot("readiness-corps-go-fr");
        signOff(office, "Grand cygne", COVER, "vaadin-button#take-back");
        setRights(office, "En négociation", "Droits et musique enregistrés : " + CORPS);
        assertThat(firstDay(office, CORPS, "✗ Pas prêt").get(2))
                .contains("Droits chorégraphiques encore en négociation")
                .contains("Aucun danseur validé prêt dans « Grand cygne » n'est convoqué ce jour-là.");
        office.screenshot("readiness-corps-no-go-again-fr");
        office.chooseLanguage("English");
    }

    @Test
    void the_veil_principal_out_for_a_week_her_cover_goes_in_and_the_dood_and_readiness_follow(Browser office)
            throws Exception {
        office.resize(1280, 800);
        office.loginAs(DemoLogin.PRODUCTION);
        office.chooseLanguage("Français");
        LocalDate veilDay = LocalDate.parse(firstDay(office, VEIL, "✓ Prêt").getFirst(), SHOWN);
        List<String> principalBefore = doodRow(office, PRINCIPAL);
        // The Nymph's cover does not dance in the Veil's scene: she is not called that day.
        assertThat(doodRow(office, VEIL_COVER).get(doodColumn(office, veilDay, Locale.FRENCH))).isEmpty();
        assertThat(boardCast(office, VEIL_STRIP, null)).contains("3").doesNotContain("10");

        office.open("production/dancers-out");
        office.pick("out-dancer", "CHEYENNE", PRINCIPAL);
        office.fill("out-from", veilDay.toString());
        office.fill("out-to", veilDay.plusDays(6).toString());
        office.fill("out-reason", "absente");
        office.click("vaadin-button#mark-out");
        office.waitForText("#out-shoot-days", LocalFormats.date(veilDay, Locale.FRENCH));
        List<String> nymph = partRow(office, "La Nymphe", row -> true);
        assertThat(nymph).containsSubsequence(VEIL, "La Nymphe", VEIL_COVER + ", prêt");
        assertThat(nymph.getLast()).isEmpty();
        office.screenshot("dancer-out-listed-fr");

        // With Cheyenne out and her cover not called, nobody ready dances the Nymph that day: the Veil is no go.
        List<String> out = firstDay(office, VEIL, "✗ Pas prêt");
        assertThat(out.getFirst()).isEqualTo(LocalFormats.date(veilDay, Locale.FRENCH));
        assertThat(out.get(2)).contains("La Nymphe");
        office.screenshot("readiness-veil-out-fr");

        selectAbsence(office);
        office.click("vaadin-button#put-covers-in");
        assertThat(partRow(office, "La Nymphe", row -> row.getLast().equals(VEIL_COVER)).getLast())
                .isEqualTo(VEIL_COVER);
        office.waitForText("#out-history", VEIL_COVER + " entre dans « La Nymphe », par production");
        office.screenshot("dancer-out-cover-in-fr");

        // The cover dances the Veil in her place: the board's Veil strip, the cover's day on the Day Out of Days and
        // the readiness follow the plan. The principal still works that day in the scene after (101/8, no number),
        // so her row keeps the day.
        assertThat(boardCast(office, VEIL_STRIP, "board-cover-in-fr-1920x1080")).doesNotContain("3").contains("10");
        assertThat(doodRow(office, VEIL_COVER).get(doodColumn(office, veilDay, Locale.FRENCH))).isNotEmpty();
        assertThat(doodRow(office, PRINCIPAL)).isEqualTo(principalBefore);
        office.script("""
                const grid = arguments[0];
                const header = grid.shadowRoot.querySelectorAll('#header tr th')[arguments[1]];
                grid.$.table.scrollLeft = header.offsetLeft - grid.$.table.clientWidth / 2;
                """, office.find("vaadin-grid#dood"), doodColumn(office, veilDay, Locale.FRENCH));
        office.screenshot("dood-cover-in-fr");
        assertThat(firstDay(office, VEIL, "✓ Prêt").get(2)).isEmpty();
        office.screenshot("readiness-veil-cover-in-fr");

        // In English the office takes the cover out again: the principal is back on the Veil's strip, the cover's
        // day leaves the Day Out of Days and the Veil is no go again.
        office.chooseLanguage("English");
        selectAbsence(office);
        office.waitForText("#out-history", VEIL_COVER + " put in as \"The Nymph\"");
        office.screenshot("dancer-out-cover-in-en");
        office.click("vaadin-button#undo-covers");
        assertThat(partRow(office, "The Nymph", row -> row.getLast().isEmpty()).getLast()).isEmpty();
        office.waitForText("#out-history", VEIL_COVER + " taken out of \"The Nymph\"");
        office.screenshot("dancer-out-undone-en");
        assertThat(boardCast(office, VEIL_STRIP, null)).contains("3").doesNotContain("10");
        assertThat(doodRow(office, VEIL_COVER).get(doodColumn(office, veilDay, Locale.ENGLISH))).isEmpty();
        assertThat(firstDay(office, VEIL, "✗ No go").get(2)).contains("The Nymph");

        // The absence was a mistake after all: removed after a confirmation, listed as removed, the Veil go again.
        selectAbsence(office);
        office.click("vaadin-button#remove-out");
        office.waitForText("vaadin-confirm-dialog#confirm-remove-out vaadin-button[slot='confirm-button']",
                "Remove the absence");
        office.screenshot("dancer-out-remove-confirm-en");
        office.click("vaadin-confirm-dialog#confirm-remove-out vaadin-button[slot='confirm-button']");
        office.waitForText("#out-removed", PRINCIPAL + ", out from " + LocalFormats.date(veilDay, Locale.ENGLISH));
        assertThat(office.gridRowsWhen("dancers-out", List::isEmpty)).isEmpty();
        office.screenshot("dancer-out-removed-en");
        assertThat(firstDay(office, VEIL, "✓ Go").get(2)).isEmpty();
    }

    @Test
    void the_cue_sheet_of_episode_101_lists_its_numbers_with_their_timings(Browser office) throws Exception {
        office.resize(1280, 800);
        office.loginAs(DemoLogin.PRODUCTION);
        office.chooseLanguage("Français");
        office.openEpisodeFromSeason("101");
        office.waitForText("a#download-cue-sheet", "Relevé musical");
        office.screenshot("episode-101-cue-sheet-link-fr");
        office.click("a#download-cue-sheet");
        Path cueSheet = office.downloaded("-cue-sheet.xlsx");
        assertThat(cueSheet.getFileName().toString()).isEqualTo("Étoile-101-cue-sheet.xlsx");
        try (InputStream in = Files.newInputStream(cueSheet); XSSFWorkbook excel = new XSSFWorkbook(in)) {
            Sheet sheet = excel.getSheetAt(0);
            List<List<String>> rows = rows(sheet);
            assertThat(row(rows, "Morning Class")).contains("3:00");
            assertThat(row(rows, CORPS)).contains("4:25");
            assertThat(row(rows, VEIL)).contains("6:52", "Claude Debussy");
            assertThat(rows).anyMatch(row -> row.contains("14:17"));
            assertThat(rows).anyMatch(row -> row.stream().anyMatch(cell -> cell.contains("« Le Voile »")));
        }
        office.chooseLanguage("English");
    }

    /** The readiness screen's first shoot day of a number, once it shows the mark expected: date, mark, reasons. */
    private static List<String> firstDay(Browser office, String number, String mark) {
        openReadiness(office, number);
        return firstDayRow(office, mark);
    }

    private static void openReadiness(Browser office, String number) {
        office.open("production/readiness");
        office.pick("readiness-number", number.substring(0, 5), number);
        office.gridRowsWhen("readiness-days", rows -> !rows.isEmpty());
    }

    private static List<String> firstDayRow(Browser office, String mark) {
        return office.gridRowsWhen("readiness-days", rows -> !rows.isEmpty() && rows.getFirst().get(1).equals(mark))
                .getFirst();
    }

    /** Sets the corps' licence status on its Rights tab and saves it with the mouse. */
    private static void setRights(Browser office, String status, String saved) {
        office.open("dance-numbers");
        office.click(By.xpath("//vaadin-grid[@id='dance-numbers']/vaadin-grid-cell-content[normalize-space()='"
                + CORPS + "']"));
        office.click("vaadin-tab#tab-rights");
        office.choose("rights-status", status);
        office.clickAfterScrollingPane("vaadin-button#save-rights");
        assertThat(office.notification("success")).isEqualTo(saved);
    }

    /** Picks a part of the corps on the readiness screen and one of its dancers, then signs off or takes back. */
    private static void signOff(Browser office, String part, String dancer, String button) {
        openReadiness(office, CORPS);
        office.click(By.xpath("//vaadin-grid[@id='readiness-parts']/vaadin-grid-cell-content[normalize-space()='"
                + part + "']"));
        office.pick("sign-off-dancer", dancer.substring(dancer.indexOf(' ') + 1, dancer.indexOf(' ') + 5), dancer);
        office.click(button);
    }

    /** The row of the Dancers out screen's parts for a part, once it meets a condition. */
    private static List<String> partRow(Browser office, String part,
                                        Predicate<List<String>> condition) {
        return office.gridRowsWhen("out-parts", rows -> rows.stream()
                .anyMatch(row -> row.size() > 1 && row.get(1).equals(part) && condition.test(row)))
                .stream().filter(row -> row.get(1).equals(part)).findFirst().orElseThrow();
    }

    /** Selects the one absence in the Dancers out screen's list with the mouse, which shows what it touches. */
    private static void selectAbsence(Browser office) {
        office.open("production/dancers-out");
        office.click(By.xpath("//vaadin-grid[@id='dancers-out']/vaadin-grid-cell-content[normalize-space()='"
                + PRINCIPAL + "']"));
    }

    /**
     * The cast IDs on a strip of the stripboard, as the board writes them, read in a 1920×1080 window (where the
     * fourth day's strips are drawn without scrolling) and saved as a screenshot when named; back to 1280×800 after.
     */
    private static List<String> boardCast(Browser office, String strip, String screenshot) throws Exception {
        office.resize(1920, 1080);
        office.open("production");
        List<String> headers = office.gridHeaders("board");
        int cast = headers.contains("Cast") ? headers.indexOf("Cast") : headers.indexOf("Rôles");
        assertThat(cast).as("the board's cast column").isNotNegative();
        List<String> row = office.gridRowsWhen("board", rows -> rows.stream().anyMatch(r -> r.contains(strip)))
                .stream().filter(r -> r.contains(strip)).findFirst().orElseThrow();
        if (screenshot != null) {
            office.screenshot(screenshot);
        }
        office.resize(1280, 800);
        return List.of(row.get(cast).split(", "));
    }

    /** A performer's row of the Day Out of Days: name, a code or "" per day, then the totals. */
    private static List<String> doodRow(Browser office, String performer) {
        office.open("production/dood");
        office.waitForText("vaadin-grid#dood", "SW");
        return office.gridRowsWhen("dood", rows -> rows.stream().anyMatch(r -> r.getFirst().equals(performer)))
                .stream().filter(r -> r.getFirst().equals(performer)).findFirst().orElseThrow();
    }

    /** The Day Out of Days column of a date, as its header writes it in a language. */
    private static int doodColumn(Browser office, LocalDate date, Locale language) {
        int index = office.gridHeaders("dood").indexOf(LocalFormats.dayAndMonth(date, language));
        assertThat(index).as("a column for " + date).isPositive();
        return index;
    }

    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(cell.toString());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> row(List<List<String>> rows, String first) {
        return rows.stream().filter(row -> row.contains(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + first + " in " + rows));
    }
}
