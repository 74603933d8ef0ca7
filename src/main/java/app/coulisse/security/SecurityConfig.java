package app.coulisse.security;

import app.coulisse.core.ApiError;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two doors: the API under /api speaks HTTP Basic and JSON, without sessions; everything else is
 * the Vaadin UI behind its login view. Both use the same users and roles, the same throttled login
 * and the same security headers. Refusals of the API are JSON {@code {status, message, key}}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * Vaadin's pre-built bundle bootstraps with inline scripts and evaluates templates, and Lumo styles inline:
     * hence 'unsafe-inline' and 'unsafe-eval' for scripts and styles; everything else is this origin only.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    // ---- paths anyone may reach (issue 12 adds /api/openapi.json here)

    private static final String[] PUBLIC_UI_PATHS = {"/styles/**", "/images/**"};
    /** What an API client is told to wait when its login could not be checked: about one pool timeout. */
    private static final int LOGIN_RETRY_SECONDS = 5;
    private static final String[] PROBE_PATHS = {"/actuator/health/liveness", "/actuator/health/readiness"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(AppUserDetailsService users, PasswordEncoder encoder,
                                                           LoginAttempts attempts) {
        return new ThrottledAuthenticationProvider(users, encoder, attempts);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * The two probes answer anyone and read no credentials, so a probe never counts as a failed login; every other
     * actuator path is refused.
     */
    @Bean
    @Order(0)
    SecurityFilterChain probeSecurity(HttpSecurity http) throws Exception {
        headers(http);
        return http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, PROBE_PATHS).permitAll()
                        .anyRequest().denyAll())
                // What is not exposed answers as if it did not exist, logged in or not.
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND))
                        .accessDeniedHandler((request, response, denied) ->
                                response.sendError(HttpServletResponse.SC_NOT_FOUND)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        headers(http);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) -> {
                    if (failure instanceof LoginThrottledException throttled) {
                        response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                        writeJsonError(response, 429, "api.auth.throttled");
                    } else if (failure instanceof InternalAuthenticationServiceException) {
                        // The check itself failed (no database connection came free): busy, never "wrong password".
                        response.setHeader("Retry-After", String.valueOf(LOGIN_RETRY_SECONDS));
                        writeJsonError(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "api.auth.busy");
                    } else if (failure instanceof DisabledException) {
                        // A known user who was deactivated is forbidden, not merely unauthenticated.
                        writeJsonError(response, HttpServletResponse.SC_FORBIDDEN, "api.auth.deactivated");
                    } else {
                        writeJsonError(response, HttpServletResponse.SC_UNAUTHORIZED, "api.auth.required");
                    }
                }))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, denied) ->
                        writeJsonError(response, HttpServletResponse.SC_FORBIDDEN, "api.auth.forbidden")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No session, no cookie: CSRF is answered by the import's content types instead (record 020).
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, SessionRegistry sessionRegistry, LoginPage loginPage)
            throws Exception {
        headers(http);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_UI_PATHS).permitAll());
        // Registered sessions can be ended when a user's rights change; the next request goes to the login page.
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        // Vaadin denies every path that is no route (an empty 403); logged in, such a path reaches the router and
        // its translated not-found page, logged out it leads to the login page (issue 23).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(loginPage.view())
                .anyRequest(other -> other.authenticated()));
        http.addFilterBefore(new CrossSiteLoginFilter(), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentTypeOptions(options -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
    }

    /** The API's error body (one shape everywhere, {@link ApiError}); a 401 also names the Basic realm. */
    static void writeJsonError(HttpServletResponse response, int status, String key) throws IOException {
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Coulisse\"");
        }
        ApiError.of(status, key).writeTo(response);
    }
}
