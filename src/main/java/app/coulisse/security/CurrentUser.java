package app.coulisse.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** What the logged-in user may do, for screens that show or hide controls: the services' rules ({@link Permission}). */
@Component
public class CurrentUser {

    /** Whether the user may change the outline and the breakdown: the showrunner and the writers. */
    public boolean canEdit() {
        return Permission.EDIT.grantedTo(authentication());
    }

    /** Whether the user is the showrunner (users, number locks, deletions, palettes, categories). */
    public boolean isShowrunner() {
        return Permission.ADMINISTER.grantedTo(authentication());
    }

    /** Whether the user may plan the shoot: the production office and the showrunner. */
    public boolean canPlan() {
        return Permission.PLAN.grantedTo(authentication());
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
