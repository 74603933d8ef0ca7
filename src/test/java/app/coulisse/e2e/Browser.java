package app.coulisse.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session on the server (or the balancer), with the moves a journey needs: Vaadin components
 * are custom elements, so everything is found by tag and id and waited for; the fields' inputs sit
 * in the light DOM, only a few texts (the login error) need the shadow root.
 */
final class Browser {

    /** Debian's binaries: Selenium must never download a driver or a browser of its own. */
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String CHROMIUM = "/usr/bin/chromium";
    /** Round trips are slow when other builds share the two cores. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** True once Flow has no request in flight (or the page is not a Flow page). */
    private static final String IDLE = """
            if (document.readyState !== 'complete') return false;
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            return !clients || Object.values(clients).every(client => !client.isActive || !client.isActive());
            """;

    private final Site server;
    private final Path outputDir;
    private final Path profileDir;
    private final Path downloads;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final List<LogEntry> console = new ArrayList<>();

    private Browser(Site server, Path outputDir, Path profileDir, ChromeDriver driver) {
        this.server = server;
        this.outputDir = outputDir;
        this.profileDir = profileDir;
        this.downloads = profileDir.resolve("downloads");
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    /** Starts Chromium with a fresh profile, English and a desktop-sized window (the side navigation shows). */
    static Browser start(Site server, Path outputDir) throws IOException {
        Path profileDir = Files.createTempDirectory("coulisse-e2e-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + profileDir,
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,900", "--lang=en-US");
        // Downloads land in the profile, without asking, so a journey can open the file.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en",
                "download.default_directory", profileDir.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        // An explicit driver executable makes Selenium skip Selenium Manager entirely.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(server, outputDir, profileDir, driver);
        } catch (RuntimeException e) {
            ProductionServer.deleteRecursively(profileDir);
            throw e;
        }
    }

    // --- pages -----------------------------------------------------------------------------

    /** Opens a path of the application (e.g. "" or "users") and waits until Vaadin is idle. */
    void open(String path) {
        driver.get(server.url(path));
        waitUntilIdle();
    }

    /** The address of a path on the site this browser uses (for the API beside the screens). */
    String siteUrl(String path) {
        return server.url(path);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Reloads the page as the browser's reload button does, and waits until Vaadin is idle. */
    void reload() {
        driver.navigate().refresh();
        waitUntilIdle();
    }

    /** Fills in and submits the login form, whatever the outcome. */
    void attemptLogin(String username, String password) {
        open("login");
        find("vaadin-login-form#login input[name=username]").sendKeys(username);
        find("vaadin-login-form#login input[name=password]").sendKeys(password);
        click("vaadin-login-form#login vaadin-button[slot=submit]");
    }

    /** Logs in and waits for the main layout with the user's name. */
    void loginAs(DemoLogin login) {
        attemptLogin(login.username, login.password);
        waitForText("#current-user", login.displayName);
    }

    /** The title of the login form's error, in the shadow root of the wrapper inside the form's own. */
    String loginError() {
        WebElement wrapper = find("vaadin-login-form#login[error]").getShadowRoot()
                .findElement(By.cssSelector("vaadin-login-form-wrapper"));
        return wrapper.getShadowRoot().findElement(By.cssSelector("[part='error-message-title']")).getText();
    }

    /** Logs out from the header and waits for the login form. */
    void logout() {
        click("vaadin-button#logout");
        find("vaadin-login-form#login");
    }

    // --- main layout -----------------------------------------------------------------------

    /** The route paths offered by the side navigation, in order ("" is the season overview). */
    List<String> navigationPaths() {
        find("vaadin-side-nav#side-nav");
        return findAll("vaadin-side-nav#side-nav vaadin-side-nav-item").stream()
                .map(item -> item.getDomAttribute("path")).toList();
    }

    /** The label of the navigation item for a route path. */
    String navigationLabel(String path) {
        return find(navigationItem(path)).getText();
    }

    /** Follows the navigation item for a route path. */
    void navigateTo(String path) {
        click(navigationItem(path));
    }

    /** Switches the language with the header's select; the option is the language's own name, e.g. "Français". */
    void chooseLanguage(String language) {
        choose("language", language);
    }

    private static String navigationItem(String path) {
        return "vaadin-side-nav#side-nav vaadin-side-nav-item[path='" + path + "']";
    }

    // --- season and episodes ---------------------------------------------------------------

    /**
     * Creates an episode from the season overview's form, as a writer does; journeys that change
     * data work in an episode of their own, so the others keep the demo season as seeded.
     */
    void createEpisode(String number, String title) {
        open("");
        click("vaadin-button#new-episode");
        fill("episode-number", number);
        fill("episode-title-field", title);
        click("vaadin-button#episode-save");
        waitForText("vaadin-grid#episodes", title);
    }

    /** Opens an episode's board by clicking its row in the season overview, and returns the board's path. */
    String openEpisodeFromSeason(String number) {
        open("");
        click(By.xpath("//vaadin-grid[@id='episodes']/vaadin-grid-cell-content[normalize-space()='" + number + "']"));
        wait.until(ExpectedConditions.urlMatches("/episodes/\\d+/board$"));
        waitForText("h2#episode-title", number + " — ");
        find("vaadin-horizontal-layout#board");
        return currentUrl().substring(currentUrl().indexOf("episodes/"));
    }

    /** The value of a cookie the site set, or null (the balancer's COULISSE_SERVER says which server serves us). */
    String cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Sets a cookie on the site, as the balancer would have (the page open must be on the site). */
    void setCookie(String name, String value) {
        driver.manage().addCookie(new Cookie(name, value, "/"));
    }

    /** Waits until the browser shows an address that matches (a regular expression), as Selenium's wait allows. */
    void waitForUrl(String regex, Duration patience) {
        new WebDriverWait(driver, patience).until(ExpectedConditions.urlMatches(regex));
    }

    /** A second, independent Chromium on the same server (another person in the room); the caller quits it. */
    Browser another() throws IOException {
        return start(server, outputDir);
    }

    /** Adds a scene at the end of the board's first act through the scene editor; returns the new card's id. */
    String addSceneToFirstAct(String synopsis) {
        List<String> before = sceneCardIds();
        click("vaadin-horizontal-layout#board vaadin-button[id^='act-'][id$='-add']");
        fill("scene-set", "MBT - STUDIO A");
        fill("scene-length", "1");
        fill("scene-synopsis", synopsis);
        click("vaadin-button#scene-save");
        wait.until(d -> sceneCardIds().size() == before.size() + 1);
        return sceneCardIds().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    }

    /** The ids of the board's scene cards, in board order ("scene-42"). */
    List<String> sceneCardIds() {
        return findAll("vaadin-horizontal-layout#board .scene-card").stream().map(card -> card.getDomAttribute("id")).toList();
    }

    // --- components ------------------------------------------------------------------------

    /** Waits for an element and returns it. */
    WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Whether an element is there now, after Vaadin has finished its round trip. */
    boolean isPresent(String css) {
        waitUntilIdle();
        return !findAll(css).isEmpty();
    }

    void click(String css) {
        click(By.cssSelector(css));
    }

    void click(By locator) {
        reveal(wait.until(ExpectedConditions.elementToBeClickable(locator))).click();
        waitUntilIdle();
    }

    /**
     * Scrolls an element to the middle of its scrolling containers: ChromeDriver's own scrolling
     * left elements below a dialog's or a view's fold, and the click then hit nothing.
     */
    private WebElement reveal(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        return element;
    }

    /**
     * Clicks an element of a master–detail pane as a mouse user does: turns the wheel over the pane until the element
     * is inside the window (no script scrolls it), then Selenium's native click, which fails when nothing is there.
     */
    void clickAfterScrollingPane(String css) {
        WebElement element = find(css);
        WebElement pane = (WebElement) script("return arguments[0].closest('.master-detail-pane');", element);
        for (int turn = 0; turn < 20 && !insideWindow(element); turn++) {
            new Actions(driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(pane), 0, 200).perform();
        }
        element.click();
        waitUntilIdle();
    }

    private boolean insideWindow(WebElement element) {
        return Boolean.TRUE.equals(script("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", element));
    }

    /** Types into a Vaadin field (text, password, number, area) by id and leaves it, so the server gets the value. */
    void fill(String fieldId, String text) {
        WebElement input = find("#" + fieldId + " input, #" + fieldId + " textarea");
        input.clear();
        input.sendKeys(text, Keys.TAB);
        waitUntilIdle();
    }

    /** Picks an option of a {@code vaadin-select} by id; the open list's items are the select's own children. */
    void choose(String selectId, String option) {
        click("vaadin-select#" + selectId);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select[@id='" + selectId + "' and @opened]//vaadin-select-item[normalize-space()='" + option + "']"))).click();
        waitUntilIdle();
    }

    /** Waits until an element shows a text, and returns the element. */
    WebElement waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return find(css);
    }

    /** The texts of a grid's rendered cells, headers first, then row by row. */
    List<String> gridCells(String gridId) {
        find("vaadin-grid#" + gridId + " vaadin-grid-cell-content");
        waitUntilIdle();
        return findAll("vaadin-grid#" + gridId + " vaadin-grid-cell-content").stream()
                .map(WebElement::getText).toList();
    }

    /**
     * Picks an item of a {@code vaadin-combo-box} by id: types a filter over what it shows, then clicks the item with
     * that label in its open list. Enter would not do: a combo box that allows custom values would
     * take the typed text as a new value.
     */
    void pick(String comboBoxId, String typed, String itemLabel) {
        WebElement input = reveal(find("vaadin-combo-box#" + comboBoxId + " input"));
        input.click();
        // Whatever the field shows (a value chosen before) goes first, as a user selects it all and types over it.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(typed);
        click(By.xpath("//vaadin-combo-box[@id='" + comboBoxId + "' and @opened]//vaadin-combo-box-item[normalize-space()='" + itemLabel + "']"));
    }

    /** Gives a file to a {@code vaadin-upload} by id, as its file chooser would; the input sits in the shadow root. */
    void upload(String uploadId, Path file) {
        WebElement upload = find("vaadin-upload#" + uploadId);
        List<WebElement> lightInputs = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement input = lightInputs.isEmpty()
                ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : lightInputs.get(0);
        input.sendKeys(file.toAbsolutePath().toString());
        waitUntilIdle();
    }

    /**
     * Selects words of a text by a real mouse drag, as a reader does: the first element matching {@code css} whose
     * text holds the words is scrolled to the middle, the words' box measured, then the pointer is pressed just
     * inside their first letter, moved just inside their last, and released.
     */
    void dragAcross(String css, String words) {
        List<Number> box = wordsBox(css, words);
        new Actions(driver).moveToLocation(box.get(0).intValue() + 2, box.get(1).intValue())
                .clickAndHold()
                .moveToLocation(box.get(2).intValue() - 2, box.get(1).intValue())
                .release().perform();
        waitUntilIdle();
    }

    /** Double-clicks a word of a text, which selects it, as a reader does. */
    void doubleClickWord(String css, String word) {
        List<Number> box = wordsBox(css, word);
        new Actions(driver).moveToLocation((box.get(0).intValue() + box.get(2).intValue()) / 2, box.get(1).intValue())
                .doubleClick().perform();
        waitUntilIdle();
    }

    /** Left, middle height and right of the words in the viewport, found in the text nodes of the element. */
    @SuppressWarnings("unchecked")
    private List<Number> wordsBox(String css, String words) {
        find(css);
        return (List<Number>) script("""
                const element = [...document.querySelectorAll(arguments[0])]
                    .find(candidate => candidate.textContent.includes(arguments[1]));
                element.scrollIntoView({block: 'center'});
                const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const at = node.textContent.indexOf(arguments[1]);
                  if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + arguments[1].length);
                    const box = range.getBoundingClientRect();
                    return [box.left, box.top + box.height / 2, box.right];
                  }
                }
                return null;
                """, css, words);
    }

    /** Waits for a notification of a theme ("success", "error") and returns its text. */
    String notification(String theme) {
        return find("vaadin-notification-card[theme~='" + theme + "']").getText();
    }

    /** Runs JavaScript in the page (arguments as in Selenium's executeScript). */
    Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    /** The computed value of a CSS property of an element, e.g. "rgb(255, 235, 238)" for a background colour. */
    String computedStyle(String css, String property) {
        return (String) script("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);", find(css), property);
    }

    /** Waits until the browser has finished downloading a file whose name ends so, and returns it. */
    Path downloaded(String suffix) {
        return new WebDriverWait(driver, PATIENCE).until(d -> {
            try (var files = Files.list(Files.createDirectories(downloads))) {
                List<Path> all = files.toList();
                // Chromium writes into a .crdownload file and renames it when the download is complete.
                boolean running = all.stream().anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"));
                return running ? null : all.stream().filter(file -> file.getFileName().toString().endsWith(suffix))
                        .findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The texts of a grid's rendered body rows in row order, each row's cells in column order, once they meet a
     * condition (a round trip may repaint the grid after Flow is idle); the cells live in the grid's shadow root,
     * their contents are slotted in from the light DOM.
     */
    @SuppressWarnings("unchecked")
    List<List<String>> gridRowsWhen(String gridId, Predicate<List<List<String>>> condition) {
        gridCells(gridId);
        WebElement grid = find("vaadin-grid#" + gridId);
        return wait.until(d -> {
            List<List<String>> rows = (List<List<String>>) script("""
                    const rows = [...arguments[0].shadowRoot.querySelectorAll('#items tr[part~="row"]')]
                        .filter(row => !row.hidden);
                    rows.sort((a, b) => a.index - b.index);
                    return rows.map(row => [...row.querySelectorAll('td')].map(cell =>
                        (cell.querySelector('slot')?.assignedElements()[0]?.textContent ?? '').trim()));
                    """, grid);
            return condition.test(rows) ? rows : null;
        });
    }

    /** The texts of a grid's column headers, in column order. */
    @SuppressWarnings("unchecked")
    List<String> gridHeaders(String gridId) {
        gridCells(gridId);
        return (List<String>) script("""
                const row = arguments[0].shadowRoot.querySelector('#header tr');
                return [...row.querySelectorAll('th')].map(cell =>
                    (cell.querySelector('slot')?.assignedElements()[0]?.textContent ?? '').trim());
                """, find("vaadin-grid#" + gridId));
    }

    /**
     * The computed background colour of each rendered body row of a grid, by the text of its first
     * cell: the cells (and the part names styles target) live in the grid's shadow root, their
     * contents are slotted in from the light DOM.
     */
    @SuppressWarnings("unchecked")
    Map<String, String> rowBackgrounds(String gridId) {
        gridCells(gridId);
        return (Map<String, String>) script("""
                const backgrounds = {};
                for (const row of arguments[0].shadowRoot.querySelectorAll('#items tr[part~="row"]')) {
                    const cell = row.querySelector('td');
                    const content = cell && cell.querySelector('slot')?.assignedElements()[0];
                    if (!row.hidden && content) {
                        backgrounds[content.textContent.trim()] = getComputedStyle(cell).backgroundColor;
                    }
                }
                return backgrounds;
                """, find("vaadin-grid#" + gridId));
    }

    /** Waits until the page is loaded and Flow has answered every request. */
    void waitUntilIdle() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(IDLE)));
    }

    // --- evidence --------------------------------------------------------------------------

    /** Sizes the page's viewport (not the window around it), e.g. to 1280×800, the smallest desktop checked. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerWidth = ((Number) script("return window.innerWidth")).longValue();
        long innerHeight = ((Number) script("return window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension(2 * width - (int) innerWidth, 2 * height - (int) innerHeight));
        waitUntilIdle();
    }

    /** Saves a screenshot as target/e2e/&lt;name&gt;.png. */
    Path screenshot(String name) throws IOException {
        return saveScreenshot(outputDir.resolve(name + ".png"));
    }

    /** The console's SEVERE entries since the browser started. */
    List<LogEntry> consoleErrors() {
        return readConsole().stream().filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    /** Screenshot, console log and page source under target/e2e/failures/, named after the test. */
    void saveEvidence(String name) throws IOException {
        Path dir = Files.createDirectories(outputDir.resolve("failures"));
        saveScreenshot(dir.resolve(name + ".png"));
        List<String> lines = readConsole().stream().map(LogEntry::toString).toList();
        Files.write(dir.resolve(name + ".console.log"), lines, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    }

    void quit() {
        try {
            driver.quit();
        } finally {
            ProductionServer.deleteRecursively(profileDir);
        }
    }

    /** Reading the browser log empties it, so every entry read is kept here. */
    private List<LogEntry> readConsole() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        return List.copyOf(console);
    }

    private Path saveScreenshot(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        return Files.move(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
