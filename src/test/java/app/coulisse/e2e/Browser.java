package app.coulisse.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session on the server, with the moves a journey needs: Vaadin components
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

    private final ProductionServer server;
    private final Path outputDir;
    private final Path profileDir;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final List<LogEntry> console = new ArrayList<>();

    private Browser(ProductionServer server, Path outputDir, Path profileDir, ChromeDriver driver) {
        this.server = server;
        this.outputDir = outputDir;
        this.profileDir = profileDir;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    /** Starts Chromium with a fresh profile, English and a desktop-sized window (the side navigation shows). */
    static Browser start(ProductionServer server, Path outputDir) throws IOException {
        Path profileDir = Files.createTempDirectory("coulisse-e2e-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + profileDir,
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,900", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
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

    String currentUrl() {
        return driver.getCurrentUrl();
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

    /** The title of the login form's error, which lives in the form wrapper's shadow root. */
    String loginError() {
        WebElement wrapper = find("vaadin-login-form#login[error] vaadin-login-form-wrapper");
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
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        waitUntilIdle();
    }

    /** Types into a Vaadin field (text, password, number, area) by id and leaves it, so the server gets the value. */
    void fill(String fieldId, String text) {
        WebElement input = find("#" + fieldId + " input, #" + fieldId + " textarea");
        input.clear();
        input.sendKeys(text, Keys.TAB);
        waitUntilIdle();
    }

    /** Picks an option of a {@code vaadin-select} by id; the open list is in an overlay at the end of the body. */
    void choose(String selectId, String option) {
        click("vaadin-select#" + selectId);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select-overlay[@opened]//vaadin-select-item[normalize-space()='" + option + "']"))).click();
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

    /** Waits until the page is loaded and Flow has answered every request. */
    void waitUntilIdle() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(IDLE)));
    }

    // --- evidence --------------------------------------------------------------------------

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
