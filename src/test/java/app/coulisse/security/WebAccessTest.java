package app.coulisse.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class WebAccessTest extends ServerTest {

    @Test
    void an_anonymous_request_for_the_app_gets_the_login_not_the_app() throws Exception {
        HttpResponse<String> response = send(request("/"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void the_login_page_is_served_to_anonymous_users() throws Exception {
        assertThat(send(request("/login")).statusCode()).isEqualTo(200);
    }

    @Test
    void the_stylesheet_is_public_so_the_login_page_is_styled() throws Exception {
        HttpResponse<String> response = send(request("/styles/coulisse.css"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("--coulisse-accent");
    }

    @Test
    void an_anonymous_api_call_gets_401_in_json() throws Exception {
        HttpResponse<String> response = send(request("/api/episodes"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"message\"");
    }

    @Test
    void an_unknown_address_while_logged_in_gets_the_apps_not_found_page_not_an_empty_403() throws Exception {
        String session = formLogin("writer", "etoile-room");

        HttpResponse<String> page = send(request("/no-such-screen").header("Cookie", session));

        // The app's page, whose router then shows the translated not-found screen (PageNotFoundViewTest, NotFoundE2E).
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.body()).contains("id=\"outlet\"");
    }

    @Test
    void an_unknown_address_while_logged_out_leads_to_the_login_page() throws Exception {
        HttpResponse<String> response = send(request("/no-such-screen"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }
}
