package app.coulisse.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.Application;
import app.coulisse.SharedSecurityContext;
import app.coulisse.core.DomainException;
import app.coulisse.security.AppUser;
import app.coulisse.security.SystemAuthentication;
import app.coulisse.security.UserService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same database started with the demo profile, stopped, then started for a real production: the demo
 * logins with their published passwords do not survive the change.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoLeftoversTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void demo_passwords_do_not_survive_into_a_real_production(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext demo = start("--spring.profiles.active=demo")) {
            assertThat(get(demo, "writer", "etoile-room")).isEqualTo(200);
        }

        // Without demo data, the only showrunner is a demo account: the app refuses as on an empty database.
        assertThatThrownBy(() -> start().close()).hasStackTraceContaining("Coulisse has no showrunner who can log in");
        assertThat(output.getOut()).contains(
                "Demo account \"showrunner\" deactivated: it still has the published demo password",
                "Demo account \"writer\" deactivated", "Demo account \"production\" deactivated");

        try (ConfigurableApplicationContext real = start("--coulisse.admin-user=headwriter",
                "--coulisse.admin-password=a-long-secret")) {
            assertThat(get(real, "writer", "etoile-room")).isEqualTo(403);
            assertThat(get(real, "showrunner", "etoile-lead")).isEqualTo(403);
            assertThat(get(real, "headwriter", "a-long-secret")).isEqualTo(200);

            UserService users = real.getBean(UserService.class);
            SystemAuthentication.asShowrunner(() -> {
                AppUser writer = users.listUsers().stream().filter(u -> u.getUsername().equals("writer")).findFirst()
                        .orElseThrow();
                assertThatThrownBy(() -> users.setActive(writer.getId(), true)).isInstanceOf(DomainException.class)
                        .hasMessage("user.password-reset-required");
                users.resetPassword(writer.getId(), "a-new-room-secret");
                return users.setActive(writer.getId(), true);
            });
            assertThat(get(real, "writer", "a-new-room-secret")).isEqualTo(200);
            assertThat(get(real, "writer", "etoile-room")).isEqualTo(401);
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] args = Stream.concat(Stream.of("--server.port=0", "--coulisse.data-dir=" + dataDir,
                "--logging.level.org.springframework=warn", "--logging.level.com.vaadin=warn"), Stream.of(extra))
                .toArray(String[]::new);
        // The tests' shared security-context strategy: Vaadin makes a starting app's strategy the JVM-wide one.
        return new SpringApplicationBuilder(Application.class, SharedSecurityContext.class).run(args);
    }

    private int get(ConfigurableApplicationContext context, String user, String password) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/episodes"))
                .header("Authorization", "Basic " + credentials).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
