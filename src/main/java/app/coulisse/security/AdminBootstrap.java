package app.coulisse.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure somebody can log in: the showrunner named by COULISSE_ADMIN_USER and
 * COULISSE_ADMIN_PASSWORD is created when set; with neither demo data nor such a user, the app
 * refuses to start rather than run with a database nobody can open.
 */
@Component
@Order(1)
class AdminBootstrap implements ApplicationRunner {

    private final UserService userService;
    private final String adminUser;
    private final String adminPassword;
    private final boolean demoData;

    AdminBootstrap(UserService userService,
                   @Value("${coulisse.admin-user:${COULISSE_ADMIN_USER:}}") String adminUser,
                   @Value("${coulisse.admin-password:${COULISSE_ADMIN_PASSWORD:}}") String adminPassword,
                   @Value("${coulisse.demo-data:false}") boolean demoData) {
        this.userService = userService;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (StringUtils.hasText(adminUser) && StringUtils.hasText(adminPassword)) {
            userService.ensureShowrunner(adminUser, adminPassword);
        } else if (!demoData && !userService.hasActiveShowrunner()) {
            throw new IllegalStateException("""
                    Coulisse has no showrunner who can log in. Set COULISSE_ADMIN_USER and \
                    COULISSE_ADMIN_PASSWORD (8 characters or more) to create one, or start with \
                    demo data (--spring.profiles.active=demo).""");
        }
    }
}
