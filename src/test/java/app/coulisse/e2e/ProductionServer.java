package app.coulisse.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The production jar running as a separate process with the demo profile (or as a fresh install, for
 * journeys marked {@link FreshInstall}), on a free port and an empty database directory of its own. One
 * of each kind is shared by the journeys of a run, since starting it costs far more than a journey.
 */
final class ProductionServer implements Site, AutoCloseable, ExtensionContext.Store.CloseableResource {

    /** Generous: on a busy two-core machine the jar has been seen to need 50 s to start. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);
    private static final Pattern PRODUCTION_MODE = Pattern.compile("\"productionMode\"\\s*:\\s*true");

    private final Process process;
    private final Path dataDir;
    /** What the demo seeder logs once the demo users exist (DemoDataSeeder). */
    private static final String DEMO_WRITTEN = "demo users created";
    private final Path log;
    private final int port;
    private final String baseUrl;
    private final Thread killOnExit;

    private ProductionServer(Process process, Path dataDir, Path log, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
        this.baseUrl = "http://localhost:" + port + "/";
        // A crashed or interrupted test JVM must not leave the server holding its port.
        this.killOnExit = new Thread(process::destroyForcibly, "stop-coulisse-e2e-server");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** The showrunner a fresh-install server is started with (COULISSE_ADMIN_USER / _PASSWORD). */
    static final String FRESH_ADMIN = "headwriter";
    static final String FRESH_ADMIN_PASSWORD = "first-run-secret";

    /** Starts the jar and returns once it serves the login page and the demo users can log in. */
    static ProductionServer start(Path jar, Path outputDir) throws IOException, InterruptedException {
        return start(jar, outputDir, true);
    }

    /**
     * Starts the jar as a fresh install (no demo profile, the showrunner named by the environment) and
     * returns once that showrunner passes the API's login; the series is not set up yet.
     */
    static ProductionServer startFresh(Path jar, Path outputDir) throws IOException, InterruptedException {
        return start(jar, outputDir, false);
    }

    private static ProductionServer start(Path jar, Path outputDir, boolean demo) throws IOException, InterruptedException {
        ProductionServer server = launch(jar, outputDir, demo ? "server.log" : "server-fresh.log",
                List.of(demo ? "--spring.profiles.active=demo" : "--coulisse.demo-data=false"), !demo);
        try {
            if (demo) {
                server.awaitDemoData();
            } else {
                server.awaitAdminLogin();
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Starts the jar as one server of a cluster on a shared PostgreSQL database, with the demo profile (the first
     * server writes the demo season, the next ones find it there: start them one after the other), and returns once
     * its readiness probe is UP and a demo login passes the API.
     */
    static ProductionServer startClustered(Path jar, Path outputDir, String name, String databaseUrl,
                                           String databaseUser, String databasePassword)
            throws IOException, InterruptedException {
        ProductionServer server = launch(jar, outputDir, name + ".log", List.of("--spring.profiles.active=demo,postgres",
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + databaseUser,
                "--spring.datasource.password=" + databasePassword), false);
        try {
            server.awaitReadyWithDemoLogin();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static ProductionServer launch(Path jar, Path outputDir, String logName, List<String> arguments,
                                           boolean freshAdmin) throws IOException {
        requireProductionBuild(jar);
        Files.createDirectories(outputDir);
        Path dataDir = Files.createTempDirectory("coulisse-e2e-data");
        Path log = outputDir.resolve(logName);
        int port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx768m", "-jar", jar.toString(),
                "--server.port=" + port, "--coulisse.data-dir=" + dataDir));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (freshAdmin) {
            builder.environment().put("COULISSE_ADMIN_USER", FRESH_ADMIN);
            builder.environment().put("COULISSE_ADMIN_PASSWORD", FRESH_ADMIN_PASSWORD);
        }
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ProductionServer(process, dataDir, log, port);
    }

    /** The host and port the server listens on, for a load balancer's configuration. */
    String address() {
        return "127.0.0.1:" + port;
    }

    /** Kills the server as {@code kill -9} does: no shutdown hook, no goodbye to the database or the balancer. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public String url(String path) {
        return baseUrl + path;
    }

    Path log() {
        return log;
    }

    private static void requireProductionBuild(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar at " + jar + ": build it first with ./mvnw -B -Pproduction,e2e verify");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var buildInfo = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            String json = buildInfo == null ? "" : new String(zip.getInputStream(buildInfo).readAllBytes(), StandardCharsets.UTF_8);
            if (!PRODUCTION_MODE.matcher(json).find()) {
                throw new IllegalStateException(jar + " is not a production build: build it with -Pproduction (./mvnw -B -Pproduction,e2e verify)");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Waits for the login page, then for a demo login to pass the API: the demo season is written
     * after the server starts listening (11 s later on a busy machine), and a journey that logged
     * in before then was refused with "Wrong username or password". No login is tried before the
     * seeder says it is done: every refused attempt counts towards the login throttle (10 per user).
     */
    private void awaitDemoData() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String credentials = DemoLogin.PRODUCTION.username + ":" + DemoLogin.PRODUCTION.password;
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(URI.create(url("login"))).timeout(Duration.ofSeconds(10)).build(),
                HttpRequest.newBuilder(URI.create(url("api/episodes"))).timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .build());
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped with exit code " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (demoWritten() && answersAll(http, requests)) {
                    return;
                }
            } catch (ConnectException | HttpTimeoutException notListeningYet) {
                // Still starting: try again below.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server did not answer within " + STARTUP_TIMEOUT.toSeconds() + " s:\n" + logTail());
    }

    /** Waits until the readiness probe says UP (every start-up runner is done) and a demo login passes the API. */
    private void awaitReadyWithDemoLogin() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String credentials = DemoLogin.PRODUCTION.username + ":" + DemoLogin.PRODUCTION.password;
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(URI.create(url("actuator/health/readiness"))).timeout(Duration.ofSeconds(10))
                        .build(),
                HttpRequest.newBuilder(URI.create(url("api/episodes"))).timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .build());
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped with exit code " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (answersAll(http, requests)) {
                    return;
                }
            } catch (ConnectException | HttpTimeoutException notListeningYet) {
                // Still starting: try again below.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server was not ready within " + STARTUP_TIMEOUT.toSeconds() + " s:\n" + logTail());
    }

    private boolean demoWritten() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8).contains(DEMO_WRITTEN);
    }

    /** Waits until the deployment's showrunner passes the API's login (before setup the series answers 404). */
    private void awaitAdminLogin() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest series = HttpRequest.newBuilder(URI.create(url("api/series"))).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (FRESH_ADMIN + ":" + FRESH_ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped with exit code " + process.exitValue() + ":\n" + logTail());
            }
            try {
                int status = http.send(series, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 404 || status == 200) {
                    return;
                }
            } catch (ConnectException | HttpTimeoutException notListeningYet) {
                // Still starting: try again below.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server did not answer within " + STARTUP_TIMEOUT.toSeconds() + " s:\n" + logTail());
    }

    private static boolean answersAll(HttpClient http, List<HttpRequest> requests) throws IOException, InterruptedException {
        for (HttpRequest request : requests) {
            if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                return false;
            }
        }
        return true;
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().removeShutdownHook(killOnExit);
        deleteRecursively(dataDir);
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
