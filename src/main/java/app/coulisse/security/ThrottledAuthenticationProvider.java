package app.coulisse.security;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one way in, for the login form and for HTTP Basic alike: refuses a name or address that must still wait (record
 * 047) before checking
 * anything, logs each failure (name and address, never the password), and leaves the password check to Spring's
 * DAO provider, which hashes a dummy password for unknown users so they cost the same time as known ones.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;

    ThrottledAuthenticationProvider(AppUserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // The password first, the account's state after: a wrong password for a deactivated account must not tell
        // a guesser that the account exists and is deactivated.
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        Optional<Duration> wait = attempts.waitFor(username, address);
        if (wait.isPresent()) {
            log.warn("Login refused, too many failures: user '{}' from {}, {} s to wait", printable(username), address,
                    wait.get().toSeconds());
            throw new LoginThrottledException(wait.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            attempts.succeeded(username, address);
            return result;
        } catch (BadCredentialsException e) {
            attempts.failed(username, address);
            log.warn("Failed login: user '{}' from {}", printable(username), address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A user name is typed by anyone: no line breaks in the log, and not a novel. */
    static String printable(String username) {
        String clean = username.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }
}
