package app.coulisse.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login posted by a page of another site (login CSRF: logging a victim into the attacker's account). Vaadin
 * exempts its login form from CSRF tokens, but a browser names the page's origin on every cross-site POST; a login
 * without {@code Origin} (a script, not a browser page) has no victim to trick and goes on (record 047).
 */
class CrossSiteLoginFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            // A bare status: an error dispatch would pass the security chain again and redirect to the login page.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The origin the browser names is this server as the request reached it (through a proxy's forwarded headers). */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin.trim());
            return uri.getScheme() != null && uri.getHost() != null
                    && uri.getScheme().toLowerCase(Locale.ROOT).equals(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port(uri) == request.getServerPort();
        } catch (IllegalArgumentException notAnOrigin) { // "null" from a sandboxed page, or garbage
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
