package app.coulisse.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several requests of one user at once from an address that has not logged in yet (a script's parallel calls, the
 * first requests of a page): every one gets in. On PostgreSQL the throttle remembers the pair in the table the servers
 * share (record 057), and two requests inserting it at once must not fail either login. Real HTTP requests on real
 * threads; on the embedded database the throttle keeps the pair in memory.
 */
class ParallelFirstLoginsTest extends ServerTest {

    private static final int AT_ONCE = 8;

    @Autowired
    LoginFailureStore store;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void requests_of_one_user_at_once_all_get_in_when_the_address_is_new() throws Exception {
        for (int round = 1; round <= 10; round++) {
            store.clear();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                answers.add(http.sendAsync(request("/api/dancers-out", "writer", "etoile-room").build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            assertThat(statuses).as("round " + round).containsOnly(200);
        }
    }
}
