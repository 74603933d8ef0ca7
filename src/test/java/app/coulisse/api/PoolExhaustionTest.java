package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import app.coulisse.export.BreakdownExportService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issue 27: workbooks hold no database connection while they are written, and a server whose connections are all
 * taken answers 503 with {@code Retry-After} — a valid login included, which must never read as a wrong password
 * (401). A small pool with a short timeout, a database of its own, real requests on real threads.
 */
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:coulisse-pool;DB_CLOSE_DELAY=-1",
        "spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.connection-timeout=1000"})
class PoolExhaustionTest extends ServerTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    BreakdownExportService exportService;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Connection> taken = new ArrayList<>();

    @AfterEach
    void giveTheConnectionsBack() throws Exception {
        for (Connection connection : taken) {
            connection.close();
        }
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_valid_login_while_every_connection_is_taken_is_told_to_come_back_not_that_its_password_is_wrong()
            throws Exception {
        for (int i = 0; i < 3; i++) {
            taken.add(dataSource.getConnection());
        }
        HttpResponse<String> busy = send(request("/api/episodes", "writer", "etoile-room"));

        assertThat(busy.statusCode()).as(busy.body()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(json.readTree(busy.body()).get("key").asText()).isEqualTo("api.auth.busy");

        taken.removeFirst().close();
        assertThat(send(request("/api/episodes", "writer", "etoile-room")).statusCode()).isEqualTo(200);
    }

    @Test
    void a_workbook_is_written_with_no_transaction_open() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "production", null, AuthorityUtils.createAuthorityList("ROLE_PRODUCTION")));
        List<Boolean> transactionWhileWriting = new ArrayList<>();
        OutputStream observing = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                transactionWhileWriting.add(TransactionSynchronizationManager.isActualTransactionActive());
            }
        };
        exportService.writeSeasonWorkbook(Locale.ENGLISH, observing);

        assertThat(transactionWhileWriting).isNotEmpty().containsOnly(false);
    }

    @Test
    void many_season_workbooks_at_once_leave_connections_for_everyone_else() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<byte[]>>> downloads = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            downloads.add(http.sendAsync(request("/api/season/breakdown.xlsx", "production", "etoile-office").build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        List<Integer> reads = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            reads.add(send(request("/api/episodes", "writer", "etoile-room")).statusCode());
        }
        List<Integer> workbooks = new ArrayList<>();
        for (CompletableFuture<HttpResponse<byte[]>> download : downloads) {
            workbooks.add(download.get(120, TimeUnit.SECONDS).statusCode());
        }

        assertThat(reads).as("reads while the workbooks are written").containsOnly(200);
        assertThat(workbooks).as("workbooks: written, or told to come back").containsAnyOf(200).isSubsetOf(200, 503);
    }
}
