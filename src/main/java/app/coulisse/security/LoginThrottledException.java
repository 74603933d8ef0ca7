package app.coulisse.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused for a while because too many attempts failed for that name or address; the form and API say so. */
public class LoginThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    /** How long to wait before trying again. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, rounded up (at least one): what {@code Retry-After} says. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.plusMillis(999).toSeconds());
    }
}
