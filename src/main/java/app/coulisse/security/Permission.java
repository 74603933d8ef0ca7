package app.coulisse.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * What each role may do, in one place: the services' {@code @PreAuthorize} expressions ({@link Roles}) and the
 * screens' {@link CurrentUser} both ask these.
 */
public enum Permission {
    /** Change the outline and the breakdown: the showrunner and the writers. */
    EDIT(Role.SHOWRUNNER, Role.WRITER),
    /** Plan the shoot: the production office and the showrunner. */
    PLAN(Role.SHOWRUNNER, Role.PRODUCTION),
    /** Users, number locks, deletions, palettes, categories: the showrunner. */
    ADMINISTER(Role.SHOWRUNNER);

    private final Set<Role> roles;

    Permission(Role first, Role... others) {
        this.roles = EnumSet.of(first, others);
    }

    /** Whether an authenticated user holds a role with this permission. */
    public boolean grantedTo(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(authority -> roles.stream().anyMatch(role -> role.authority().equals(authority.getAuthority())));
    }
}
