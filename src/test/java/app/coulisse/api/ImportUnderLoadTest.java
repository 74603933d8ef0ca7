package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import app.coulisse.screenplay.Readers;
import app.coulisse.screenplay.Screenplay;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.screenplay.ScreenplayReader;
import app.coulisse.screenplay.UnreadableScreenplayException;
import app.coulisse.season.SeasonService;
import app.coulisse.security.SystemAuthentication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 27: parsing is bounded. Four files are parsed at once (the configured default); a fifth caller waits two
 * seconds for a place, then gets 503 with {@code Retry-After} and a translated message, and nothing is changed. Real
 * HTTP requests on real threads; the parser is held inside its parse so the places stay taken.
 */
class ImportUnderLoadTest extends ServerTest {

    private static final byte[] FILE = "INT. STAGE - DAY\n\nODETTE\nHello.\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ScreenplayImportService importService;
    @Autowired
    SeasonService seasonService;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Semaphore parsing = new Semaphore(0);
    private final CountDownLatch release = new CountDownLatch(1);
    private long pilot;

    @BeforeEach
    void holdEveryParse() {
        pilot = SystemAuthentication.asShowrunner(() -> seasonService.episodeSummaries().getFirst().id());
        Readers.use(importService, new ScreenplayReader() {
            @Override
            public Screenplay read(String fileName, byte[] content) throws UnreadableScreenplayException {
                parsing.release();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.read(fileName, content);
            }
        });
    }

    @AfterEach
    void parseAsUsual() {
        release.countDown();
        Readers.restore(importService);
    }

    @Test
    void past_the_parses_running_at_once_a_caller_is_told_to_come_back_later() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            held.add(http.sendAsync(dryRun().build(), HttpResponse.BodyHandlers.ofString()));
        }
        assertThat(parsing.tryAcquire(4, 30, TimeUnit.SECONDS)).as("four parses running").isTrue();

        long started = System.nanoTime();
        HttpResponse<String> refused = send(dryRun());
        assertThat(System.nanoTime() - started).as("waited for a place first")
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(1900));
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
        JsonNode body = json.readTree(refused.body());
        assertThat(body.get("key").asText()).isEqualTo("screenplay.import.busy");
        assertThat(body.get("message").asText()).isEqualTo(
                "Many screenplays are being read right now. Nothing was changed: try again in 2 seconds.");
        assertThat(parsing.availablePermits()).as("the refused file was never parsed").isZero();

        release.countDown();
        for (CompletableFuture<HttpResponse<String>> answer : held) {
            assertThat(answer.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        assertThat(send(dryRun()).statusCode()).as("places free again").isEqualTo(200);
    }

    private java.net.http.HttpRequest.Builder dryRun() {
        return request("/api/episodes/" + pilot + "/screenplay?dryRun=true&filename=a.fountain", "writer", "etoile-room")
                .header("Content-Type", "text/x-fountain").POST(BodyPublishers.ofByteArray(FILE));
    }
}
