package app.coulisse;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import org.junit.jupiter.api.AfterEach;

/**
 * The base of every test that needs the Spring app: one shared context on an in-memory database
 * seeded with the demo room, and every test rolled back so tests never see each other's data.
 */
@SpringBootTest
@Import(SharedSecurityContext.class)
@ActiveProfiles("test")
@Transactional
public abstract class SpringAppTest {

    /** Acts as a user with that role for service calls (no UI). */
    protected static void actAs(String username, String role) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
        SecurityContextHolder.setContext(context);
    }

    /** Forgets who is acting, including the copy Spring Security's test support keeps for MockMvc. */
    protected static void actAsNobody() {
        SecurityContextHolder.clearContext();
        TestSecurityContextHolder.clearContext();
    }

    @AfterEach
    void forgetUser() {
        actAsNobody();
    }
}
