package app.coulisse.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.MovableClock;
import app.coulisse.ServerTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The refusals of the hardening issue over real HTTP: headers, JSON 404, CSRF by content type, throttling, sessions. */
class HardeningHttpTest extends ServerTest {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    LoginAttempts attempts;
    @Autowired
    UserService userService;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T20:00:00Z"));

    /** Time stands still unless a test moves it: the waits are seconds long and must not pass while it runs. */
    @BeforeEach
    void startWithoutFailures() {
        attempts.clear();
        attempts.useClock(clock);
    }

    @AfterEach
    void forgetFailures() {
        attempts.useClock(Clock.systemUTC());
        attempts.clear();
    }

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {
                send(request("/api/episodes", "production", "etoile-office")),
                send(request("/api/episodes")), send(request("/login")), send(request("/styles/coulisse.css"))}) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                    policy -> assertThat(policy).contains("camera=()"));
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    policy -> assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void an_unknown_api_path_is_a_json_404() throws Exception {
        HttpResponse<String> response = send(request("/api/no-such-thing", "production", "etoile-office"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(404);
        assertThat(body.get("key").asText()).isEqualTo("api.not-found");
    }

    @Test
    void an_import_a_cross_site_form_could_send_is_refused_and_changes_nothing() throws Exception {
        String before = send(request("/api/episodes", "writer", "etoile-room")).body();
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x"}) {
            HttpResponse<String> response = send(request("/api/episodes/1/screenplay?filename=a.fountain", "writer",
                    "etoile-room").header("Content-Type", type)
                    .POST(BodyPublishers.ofString("INT. STAGE - DAY\n\nODETTE\nHello.\n")));
            assertThat(response.statusCode()).as(type).isEqualTo(415);
            assertThat(json.readTree(response.body()).get("key").asText()).isEqualTo("api.media-type.unsupported");
        }
        assertThat(send(request("/api/episodes", "writer", "etoile-room")).body()).isEqualTo(before);
    }

    @Test
    void a_guesser_waits_longer_after_each_failure_even_with_the_right_password() throws Exception {
        for (int i = 0; i < LoginAttempts.FREE_PER_PAIR; i++) {
            assertThat(send(request("/api/episodes", "writer", "wrong-" + i)).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = send(request("/api/episodes", "writer", "etoile-room"));
        assertThat(refused.statusCode()).as("even the right password").isEqualTo(429);
        assertThat(json.readTree(refused.body()).get("key").asText()).isEqualTo("api.auth.throttled");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");

        clock.advance(Duration.ofSeconds(1));
        assertThat(send(request("/api/episodes", "writer", "wrong-again")).statusCode()).isEqualTo(401);
        assertThat(send(request("/api/episodes", "writer", "etoile-room")).headers().firstValue("Retry-After"))
                .as("twice as long").hasValue("2");
        clock.advance(Duration.ofSeconds(2));
        assertThat(send(request("/api/episodes", "writer", "etoile-room")).statusCode()).isEqualTo(200);
    }

    @Test
    void thirty_failures_from_one_address_refuse_every_name_from_it() throws Exception {
        for (int i = 0; i < LoginAttempts.FREE_PER_ADDRESS; i++) {
            send(request("/api/episodes", "nobody-" + i, "wrong"));
        }
        assertThat(send(request("/api/episodes", "production", "etoile-office")).statusCode()).isEqualTo(429);
    }

    @Test
    void a_success_does_not_wipe_the_address_count() throws Exception {
        for (int i = 0; i < 29; i++) {
            send(request("/api/episodes", "nobody-" + i, "wrong"));
        }
        assertThat(send(request("/api/episodes", "writer", "etoile-room")).statusCode()).isEqualTo(200);
        send(request("/api/episodes", "nobody-29", "wrong"));

        assertThat(send(request("/api/episodes", "nobody-30", "wrong")).statusCode()).isEqualTo(429);
    }

    @Test
    void a_guesser_elsewhere_does_not_lock_the_owner_out() throws Exception {
        assertThat(send(request("/api/episodes", "showrunner", "etoile-lead").header("X-Forwarded-For", "10.1.2.3"))
                .statusCode()).isEqualTo(200);
        for (int i = 0; i < 60; i++) {
            send(request("/api/episodes", "showrunner", "guess-" + i).header("X-Forwarded-For", "203.0.113." + i % 3));
        }

        assertThat(send(request("/api/episodes", "showrunner", "etoile-lead").header("X-Forwarded-For", "10.1.2.3"))
                .statusCode()).as("the owner, from where they log in").isEqualTo(200);
        assertThat(send(request("/api/episodes", "showrunner", "etoile-lead").header("X-Forwarded-For", "203.0.113.1"))
                .statusCode()).as("the guesser's address, even with the right password").isEqualTo(429);
    }

    @Test
    void the_showrunner_lifts_a_lockout_and_the_owner_gets_in_at_once() throws Exception {
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMinutes(16));
            send(request("/api/episodes", "writer", "wrong-" + i));
        }
        assertThat(send(request("/api/episodes", "writer", "etoile-room")).statusCode()).isEqualTo(429);

        actAsShowrunner();
        try {
            userService.liftLockout(userService.listUsers().stream().filter(u -> u.getUsername().equals("writer"))
                    .findFirst().orElseThrow().getId());
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }

        assertThat(send(request("/api/episodes", "writer", "etoile-room")).statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_for_a_deactivated_account_is_just_a_wrong_password() throws Exception {
        actAsShowrunner();
        long writerId = userService.listUsers().stream().filter(u -> u.getUsername().equals("writer")).findFirst()
                .orElseThrow().getId();
        userService.setActive(writerId, false);
        try {
            HttpResponse<String> wrong = send(request("/api/episodes", "writer", "not-the-password"));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(json.readTree(wrong.body()).get("key").asText()).isEqualTo("api.auth.required");
            assertThat(send(request("/api/episodes", "writer", "etoile-room")).statusCode())
                    .as("only the right password learns the account is deactivated").isEqualTo(403);
        } finally {
            userService.setActive(writerId, true);
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_secure_behind_a_tls_proxy() throws Exception {
        String plain = send(request("/login")).headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(plain).containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");

        String behindTls = send(request("/login").header("X-Forwarded-Proto", "https")).headers()
                .firstValue("Set-Cookie").orElseThrow();
        assertThat(behindTls).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure");
    }

    @Test
    void a_login_posted_from_another_site_without_the_pages_token_is_refused() throws Exception {
        HttpResponse<String> forced = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(BodyPublishers.ofString("username=writer&password=etoile-room")));

        assertThat(forced.statusCode()).isEqualTo(403);
        assertThat(forced.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        assertThat(send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "null").POST(BodyPublishers.ofString("username=writer&password=etoile-room")))
                .statusCode()).as("a sandboxed page").isEqualTo(403);
    }

    @Test
    void a_deactivated_users_open_session_is_ended_at_its_next_request() throws Exception {
        String session = formLogin("writer", "etoile-room");
        assertThat(send(request("/").header("Cookie", session)).statusCode()).as("logged in").isEqualTo(200);

        actAsShowrunner();
        long writerId = userService.listUsers().stream().filter(u -> u.getUsername().equals("writer")).findFirst()
                .orElseThrow().getId();
        userService.setActive(writerId, false);
        try {
            HttpResponse<String> next = send(request("/").header("Cookie", session));
            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        } finally {
            userService.setActive(writerId, true);
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_login_from_this_sites_own_page_goes_through() throws Exception {
        String origin = request("/").build().uri().toString().replaceAll("/$", "");
        HttpResponse<String> login = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin).POST(BodyPublishers.ofString("username=writer&password=etoile-room")));

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error").doesNotContain("login");
    }

    private static void actAsShowrunner() {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        "showrunner", null, org.springframework.security.core.authority.AuthorityUtils
                                .createAuthorityList("ROLE_SHOWRUNNER")));
    }
}
