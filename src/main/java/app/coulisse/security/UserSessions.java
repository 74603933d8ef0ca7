package app.coulisse.security;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends a user's open UI sessions when their rights change (deactivated, new role, password reset): the session
 * registry marks them expired, and the concurrent-session filter logs the session out on its next request, which
 * goes to the login page. The API needs nothing: it authenticates every request (record 020).
 */
@Component
class UserSessions {

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Expires every open session of that user name; returns how many were open. */
    int end(String username) {
        return endAllBut(username, null);
    }

    /** Expires every open session of that user name except the one with that id (null: none kept). */
    int endAllBut(String username, String keptSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            String name = principal instanceof UserDetails details ? details.getUsername() : String.valueOf(principal);
            if (name.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keptSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} open session(s) of user {} after a change of rights", ended, username);
        }
        return ended;
    }
}
