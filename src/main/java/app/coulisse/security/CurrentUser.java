package app.coulisse.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the logged-in user may do, for screens that show or hide controls: the same rules as the
 * services' {@code @PreAuthorize} ({@link Roles#CAN_EDIT}, {@link Roles#IS_SHOWRUNNER}, {@code SchedulePermissions.CAN_PLAN}), in one place.
 */
@Component
public class CurrentUser {

    /** Whether the user may change the outline and the breakdown: the showrunner and the writers. */
    public boolean canEdit() {
        return has(Role.SHOWRUNNER) || has(Role.WRITER);
    }

    /** Whether the user is the showrunner (users, number locks, deletions, palettes, categories). */
    public boolean isShowrunner() {
        return has(Role.SHOWRUNNER);
    }

    /** Whether the user may plan the shoot: the production office and the showrunner. */
    public boolean canPlan() {
        return has(Role.SHOWRUNNER) || has(Role.PRODUCTION);
    }

    private static boolean has(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }
}
