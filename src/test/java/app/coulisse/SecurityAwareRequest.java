package app.coulisse;

import com.github.mvysny.fakeservlet.FakeRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Karibu runs no servlet filters, so Vaadin's view access checks would never see a login: this
 * request answers who the user is and their roles from Spring's security context.
 */
public class SecurityAwareRequest extends FakeRequest {

    public SecurityAwareRequest(HttpSession session) {
        super(session);
    }

    @Override
    public Principal getUserPrincipal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication : null;
    }

    @Override
    public boolean isUserInRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role));
    }
}
