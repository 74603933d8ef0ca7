package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SharedSecurityContext;
import app.coulisse.core.NotFoundException;
import app.coulisse.season.SeasonService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The file is parsed before any transaction opens, so a slow parse holds no database connection. Not a rolled-back
 * test (that would open a transaction around everything); it writes nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(SharedSecurityContext.class)
class ParseOutsideTransactionTest {

    private static final byte[] FILE = "INT. STAGE - DAY\n\nODETTE\nHello.\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ScreenplayImportService importService;
    @Autowired
    SeasonService seasonService;

    private final List<Boolean> transactionOpenWhileParsing = new ArrayList<>();

    @BeforeEach
    void observeTheReader() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "writer", null, AuthorityUtils.createAuthorityList("ROLE_WRITER")));
        AopTestUtils.<ScreenplayImportService>getTargetObject(importService).useReader(new ScreenplayReader() {
            @Override
            public Screenplay read(String fileName, byte[] content) throws UnreadableScreenplayException {
                transactionOpenWhileParsing.add(TransactionSynchronizationManager.isActualTransactionActive());
                return super.read(fileName, content);
            }
        });
    }

    @AfterEach
    void restore() {
        AopTestUtils.<ScreenplayImportService>getTargetObject(importService).useReader(new ScreenplayReader());
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_preview_parses_before_its_transaction_opens() {
        long pilot = seasonService.episodeSummaries().get(0).id();
        assertThat(importService.preview(pilot, "a.fountain", FILE).scenes()).hasSize(1);
        assertThat(transactionOpenWhileParsing).containsExactly(false);
    }

    @Test
    void the_commit_parses_before_its_transaction_opens() {
        assertThatThrownBy(() -> importService.commit(999_999L, "a.fountain", FILE, ImportMode.APPEND, Set.of()))
                .isInstanceOf(NotFoundException.class);
        assertThat(transactionOpenWhileParsing).containsExactly(false);
    }
}
