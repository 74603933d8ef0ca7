package app.coulisse.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The load balancer's view (record 047): two probes, open to anyone, status only; nothing else of the actuator. */
class HealthProbesHttpTest extends ServerTest {

    @Autowired
    LoginAttempts attempts;

    @AfterEach
    void forgetFailures() {
        attempts.clear();
    }

    @Test
    void a_started_server_is_live_and_ready_and_says_nothing_more() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = send(request(probe));
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
            assertThat(response.headers().firstValue("Set-Cookie")).as(probe).isEmpty();
        }
    }

    @Test
    void no_other_actuator_endpoint_answers_even_for_the_showrunner() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/health/db", "/actuator/env",
                "/actuator/beans", "/actuator/info", "/actuator/metrics", "/actuator/heapdump"}) {
            assertThat(send(request(path)).statusCode()).as(path).isEqualTo(404);
            assertThat(send(request(path, "showrunner", "etoile-lead")).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void probes_with_wrong_credentials_never_count_as_failed_logins() throws Exception {
        for (int i = 0; i < 50; i++) {
            assertThat(send(request("/actuator/health/readiness", "showrunner", "wrong-" + i)).statusCode())
                    .isEqualTo(200);
        }

        assertThat(send(request("/api/episodes", "showrunner", "etoile-lead")).statusCode()).isEqualTo(200);
    }
}
