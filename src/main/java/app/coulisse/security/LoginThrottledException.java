package app.coulisse.security;

import org.springframework.security.core.AuthenticationException;

/** A login refused because too many attempts failed for that user name or address; the form and API say so. */
public class LoginThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    LoginThrottledException() {
        super("Too many failed logins");
    }
}
