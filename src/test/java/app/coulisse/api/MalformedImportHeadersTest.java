package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import app.coulisse.season.SeasonService;
import app.coulisse.security.SystemAuthentication;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 27: a malformed {@code Content-Type} or {@code Content-Disposition} on the import is the client's mistake,
 * answered 4xx with the API's error shape, never a 500. Real HTTP, as a hostile client sends them.
 */
class MalformedImportHeadersTest extends ServerTest {

    private static final byte[] FILE = "INT. STAGE - DAY\n\nODETTE\nHello.\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    SeasonService seasonService;

    private long pilot;

    @BeforeEach
    void thePilot() {
        pilot = SystemAuthentication.asShowrunner(() -> seasonService.episodeSummaries().getFirst().id());
    }

    static List<String> contentTypes() {
        return List.of("text/", "/", "text", "text/x-fountain; charset=", "text/x-fountain; =", "text/x-fountain;;;",
                "text/x-fountain; charset=no-such-charset", "text/x-fountain; charset=\"utf-8", "*/*", "text/*",
                "application/octet-stream; boundary=\"", "é/è", "text/x-fountain, application/xml");
    }

    static List<String> dispositions() {
        return List.of("attachment; filename=\"unterminated", "attachment; filename*=UTF-8''%ZZ",
                "attachment; filename*=no-such-charset''a.fountain", "=", ";", "attachment; filename*=''",
                "attachment; filename=", "attachment; filename*=UTF-8'", "inline; filename=\"a\\\"", "\"");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @MethodSource("contentTypes")
    void a_malformed_content_type_is_never_a_500(String contentType) throws Exception {
        HttpResponse<String> response = send(request("/api/episodes/" + pilot + "/screenplay?dryRun=true",
                "writer", "etoile-room").header("Content-Type", contentType).POST(BodyPublishers.ofByteArray(FILE)));

        assertThat(response.statusCode()).as(response.body()).isBetween(200, 499);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @ParameterizedTest(name = "Content-Disposition: {0}")
    @MethodSource("dispositions")
    void a_malformed_content_disposition_is_never_a_500(String disposition) throws Exception {
        HttpResponse<String> response = send(request("/api/episodes/" + pilot + "/screenplay?dryRun=true",
                "writer", "etoile-room").header("Content-Type", "text/x-fountain")
                .header("Content-Disposition", disposition).POST(BodyPublishers.ofByteArray(FILE)));

        assertThat(response.statusCode()).as(response.body()).isBetween(200, 499);
        assertThat(response.body()).doesNotContain("Exception");
    }
}
