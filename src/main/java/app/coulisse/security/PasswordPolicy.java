package app.coulisse.security;

import app.coulisse.core.DomainException;

/** What a password must be before it is hashed and stored. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 72; // BCrypt ignores everything past 72 bytes

    private PasswordPolicy() {
    }

    /** BCrypt reads 72 bytes: an accented letter takes two, so 72 characters may be too many. */
    static boolean tooManyBytes(String password) {
        return password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH;
    }

    /**
     * Refuses a password shorter than {@link #MIN_LENGTH}, over 72 bytes, among the commonly breached ones, or
     * containing the username.
     */
    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainException("user.password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new DomainException("user.password.too-long", MAX_LENGTH);
        }
        if (tooManyBytes(password)) {
            throw new DomainException("user.password.too-many-bytes", MAX_LENGTH);
        }
        if (CommonPasswords.contains(password)) {
            throw new DomainException("user.password.breached");
        }
        if (!username.isEmpty()
                && password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new DomainException("user.password.contains-username");
        }
    }
}
