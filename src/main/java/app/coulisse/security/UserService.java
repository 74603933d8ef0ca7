package app.coulisse.security;

import app.coulisse.core.DomainException;
import app.coulisse.core.DomainValidation;
import app.coulisse.core.Languages;
import app.coulisse.core.NotFoundException;
import app.coulisse.core.UniqueViolations;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Users and their roles: the showrunner manages them, everyone manages their own language. */
@Service
@Transactional
public class UserService {

    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    /** The languages the UI speaks. */

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final UserSessions sessions;
    private final DomainValidation validation;
    private final LoginAttempts attempts;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, UserSessions sessions,
                DomainValidation validation, LoginAttempts attempts) {
        this.sessions = sessions;
        this.attempts = attempts;
        this.validation = validation;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** Every user, sorted by username. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    @Transactional(readOnly = true)
    public List<AppUser> listUsers() {
        return users.findAllByOrderByUsernameAsc();
    }

    /** Creates an active user with a hashed password. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public AppUser createUser(String username, String displayName, Role role, String password) {
        String login = normalise(username);
        AppUser user = new AppUser();
        user.setUsername(login);
        user.setDisplayName(displayName == null ? "" : displayName.trim());
        user.setRole(role);
        validation.check(user);
        if (users.existsByUsername(login)) {
            throw new DomainException("user.username.taken", login);
        }
        PasswordPolicy.check(login, password);
        user.setPasswordHash(passwordEncoder.encode(password));
        return UniqueViolations.refuseDuplicate(() -> users.saveAndFlush(user),
                () -> new DomainException("user.username.taken", login));
    }

    /** Gives a user another role; the showrunner cannot demote themself (the room would lock itself out). */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public AppUser changeRole(long userId, Role role) {
        if (role == null) {
            throw new DomainException("user.role.required");
        }
        AppUser user = find(userId);
        if (isCurrentUser(user) && role != Role.SHOWRUNNER) {
            throw new DomainException("user.cannot-demote-self");
        }
        if (isCurrentUser(user) && user.getRole() != role) {
            // A session that still says showrunner after a demotion must not raise its user back.
            throw new DomainException("user.cannot-raise-self");
        }
        if (user.getRole() != role) {
            user.setRole(role);
            sessions.end(user.getUsername());
        }
        return user;
    }

    /** Replaces a user's password. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public void resetPassword(long userId, String newPassword) {
        AppUser user = find(userId);
        PasswordPolicy.check(user.getUsername(), newPassword);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordResetRequired(false);
        sessions.end(user.getUsername());
    }

    /**
     * Changes the logged-in user's own password: the current one is required and the new one follows the same
     * policy. Their other open sessions end (a password changed because it leaked must shut out whoever used it);
     * the session making the change stays.
     */
    @PreAuthorize(Roles.ANY_USER)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = currentUser().orElseThrow(() -> new DomainException("error.access-denied"));
        // Whoever holds an open session could guess the password here: the same throttle as the login, and a log line.
        String address = currentAddress();
        Optional<Duration> wait = attempts.waitFor(user.getUsername(), address);
        if (wait.isPresent()) {
            log.warn("Own password change refused, too many wrong current passwords: user '{}' from {}",
                    user.getUsername(), address);
            throw new DomainException("user.password.current-throttled", Math.max(1, wait.get().toSeconds()));
        }
        if (currentPassword == null || PasswordPolicy.tooManyBytes(currentPassword)
                || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            attempts.failed(user.getUsername(), address);
            log.warn("Wrong current password: user '{}' from {}", user.getUsername(), address);
            throw new DomainException("user.password.current-wrong");
        }
        PasswordPolicy.check(user.getUsername(), newPassword);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        sessions.endAllBut(user.getUsername(), currentSessionId());
    }

    /** The client address of the request being served, as the login throttle counts it ("unknown" outside one). */
    private static String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : "unknown";
    }

    /** The HTTP session of the request being served, if it has one (none outside a request). */
    private static String currentSessionId() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getSession(false) != null
                ? attributes.getRequest().getSession(false).getId() : null;
    }

    /** Deactivates or reactivates a user; a deactivated user can no longer log in. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public AppUser setActive(long userId, boolean active) {
        AppUser user = find(userId);
        if (!active && isCurrentUser(user)) {
            throw new DomainException("user.cannot-deactivate-self");
        }
        if (active && !user.isActive() && isCurrentUser(user)) {
            throw new DomainException("user.cannot-reactivate-self");
        }
        if (active && user.isPasswordResetRequired()) {
            throw new DomainException("user.password-reset-required", user.getUsername());
        }
        user.setActive(active);
        if (!active) {
            sessions.end(user.getUsername());
        }
        return user;
    }

    /** Lets a user whose logins are held back by failures try again now, from anywhere (record 047). */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public AppUser liftLockout(long userId) {
        AppUser user = find(userId);
        attempts.lift(user.getUsername());
        return user;
    }

    /**
     * Deactivates an active user whose password is still the given published one (a demo login left in a
     * real production) until the showrunner gives it a new password; answers whether it did.
     */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public boolean deactivateIfPasswordIs(String username, String publishedPassword) {
        Optional<AppUser> user = users.findByUsername(normalise(username)).filter(AppUser::isActive)
                .filter(found -> passwordEncoder.matches(publishedPassword, found.getPasswordHash()));
        user.ifPresent(found -> {
            found.setActive(false);
            found.setPasswordResetRequired(true);
        });
        return user.isPresent();
    }

    /** The logged-in user, if any (the login page asks too, and gets none). */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(readOnly = true)
    public Optional<AppUser> currentUser() {
        return currentUsername().flatMap(users::findByUsername);
    }

    /** Remembers the language the logged-in user picked. */
    @PreAuthorize(Roles.ANY_USER)
    public void changeLanguage(Locale locale) {
        if (!Languages.isSupported(locale)) {
            throw new DomainException("user.language.unsupported", locale.getLanguage());
        }
        currentUser().ifPresent(user -> user.setLocale(locale));
    }

    /**
     * Creates the showrunner named by the deployment (environment variables) unless that user
     * exists; runs at start-up, before anyone is logged in.
     */
    void ensureShowrunner(String username, String password) {
        String login = normalise(username);
        if (users.existsByUsername(login)) {
            return;
        }
        PasswordPolicy.check(login, password);
        AppUser user = new AppUser();
        user.setUsername(login);
        user.setDisplayName(login);
        user.setRole(Role.SHOWRUNNER);
        user.setPasswordHash(passwordEncoder.encode(password));
        users.save(user);
    }

    /** True when at least one active showrunner can log in. */
    @Transactional(readOnly = true)
    boolean hasActiveShowrunner() {
        return users.existsByRoleAndActiveTrue(Role.SHOWRUNNER);
    }

    private AppUser find(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("user.not-found", userId));
    }

    private boolean isCurrentUser(AppUser user) {
        return currentUsername().map(user.getUsername()::equals).orElse(false);
    }

    private static Optional<String> currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return Optional.ofNullable(authentication).filter(Authentication::isAuthenticated).map(Authentication::getName);
    }

    private static String normalise(String username) {
        return AppUser.username(username);
    }
}
