package app.coulisse.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SharedSecurityContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A server whose start-up runners have not all ended is not ready: a last runner asks the readiness probe over HTTP
 * while it runs (after the admin check and the demo seeding), and the probe refuses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:coulisse-readiness;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import({SharedSecurityContext.class, ReadinessDuringStartupTest.ProbingRunner.class})
class ReadinessDuringStartupTest {

    private static volatile int readinessWhileRunning;
    private static volatile int livenessWhileRunning;

    @Test
    void readiness_is_refused_while_a_start_up_runner_still_runs() {
        assertThat(livenessWhileRunning).as("live: the process answers").isEqualTo(200);
        assertThat(readinessWhileRunning).as("not ready: a runner is still running").isEqualTo(503);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ProbingRunner {

        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner probeWhileStarting(Environment environment) {
            return args -> {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                String base = "http://localhost:" + environment.getProperty("local.server.port");
                readinessWhileRunning = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                livenessWhileRunning = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/liveness"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            };
        }
    }
}
