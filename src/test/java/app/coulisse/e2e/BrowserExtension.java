package app.coulisse.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.logging.LogEntry;

/**
 * Gives every journey a fresh {@link Browser} on the shared {@link ProductionServer} (started by
 * the first journey, stopped after the last). When a journey fails, its screenshot, console log
 * and page are kept under target/e2e/failures/; a journey also fails when the browser console
 * shows an error, even if every assertion held.
 */
final class BrowserExtension implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
    /** Failsafe passes both; the defaults suit a run from the IDE in the project directory. */
    private static final Path JAR = Path.of(System.getProperty("coulisse.e2e.jar", "target/coulisse-0.1.0-SNAPSHOT.jar"));
    private static final Path OUTPUT = Path.of(System.getProperty("coulisse.e2e.output", "target/e2e"));

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        boolean fresh = context.getRequiredTestClass().isAnnotationPresent(FreshInstall.class);
        ProductionServer server = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(fresh ? FreshInstall.class : SharedServer.class, key -> new SharedServer(fresh),
                        SharedServer.class).get();
        context.getStore(NAMESPACE).put(Browser.class, Browser.start(server, OUTPUT));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        Browser browser = browser(context);
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        if (context.getExecutionException().isPresent()) {
            browser.saveEvidence(name);
            return;
        }
        List<LogEntry> errors = browser.consoleErrors();
        if (!errors.isEmpty()) {
            browser.saveEvidence(name);
            throw new AssertionError("The browser console shows errors (see " + OUTPUT.resolve("failures") + "):\n"
                    + errors.stream().map(LogEntry::toString).collect(Collectors.joining("\n")));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.quit();
        }
    }

    private static Browser browser(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    }

    /** Starts the server once per run; a failed start is remembered, so later journeys fail at once with the same cause. */
    private static final class SharedServer implements ExtensionContext.Store.CloseableResource {

        private final boolean fresh;
        private ProductionServer server;
        private Exception failure;

        SharedServer(boolean fresh) {
            this.fresh = fresh;
        }

        synchronized ProductionServer get() throws Exception {
            if (server == null && failure == null) {
                try {
                    // Evidence of an earlier run's failures would only mislead.
                    Path failures = OUTPUT.resolve("failures");
                    if (!fresh && Files.isDirectory(failures)) {
                        ProductionServer.deleteRecursively(failures);
                    }
                    server = fresh ? ProductionServer.startFresh(JAR, OUTPUT) : ProductionServer.start(JAR, OUTPUT);
                } catch (Exception e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return server;
        }

        @Override
        public synchronized void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
