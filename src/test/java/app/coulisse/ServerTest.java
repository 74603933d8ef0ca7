package app.coulisse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The base of tests that need the real server on a random port (HTTP API, security filters,
 * static files). It has its own database, since requests commit for real: in memory by default,
 * the PostgreSQL that {@code .ci/run} starts when {@code coulisse.test.server-db-url} names one
 * (tagged {@code server}, so {@code -Dgroups=server} runs just these on it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${coulisse.test.server-db-url:jdbc:h2:mem:coulisse-server;DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${coulisse.test.server-db-user:coulisse}",
        "spring.datasource.password=${coulisse.test.server-db-password:}"})
@ActiveProfiles("test")
@Tag("server")
@Import(SharedSecurityContext.class)
public abstract class ServerTest {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    @Value("${spring.datasource.url}")
    private String databaseUrl;

    @Value("${spring.datasource.username}")
    private String databaseUser;

    @Value("${spring.datasource.password}")
    private String databasePassword;

    /** Another app instance on this test's database: a second server of a cluster (meant for PostgreSQL). */
    protected ConfigurableApplicationContext secondServer() {
        // It shares the test JVM's security-context strategy, as every test context does; arguments, not default
        // properties, since the test profile's own datasource would win over those.
        return new SpringApplicationBuilder(Application.class, SharedSecurityContext.class).profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + databaseUrl,
                        "--spring.datasource.username=" + databaseUser, "--spring.datasource.password=" + databasePassword);
    }

    /** A request builder for a path on the running server. */
    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    /** The same, with HTTP Basic credentials. */
    protected HttpRequest.Builder request(String path, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request(path).header("Authorization", "Basic " + credentials);
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in through the login form as a browser does: the page's CSRF token, then the form post. */
    protected String formLogin(String username, String password) throws Exception {
        HttpResponse<String> page = send(request("/login"));
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        HttpResponse<String> login = send(request("/login").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return login.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElse(cookie);
    }

    protected HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
