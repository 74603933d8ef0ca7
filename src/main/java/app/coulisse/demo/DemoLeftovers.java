package app.coulisse.demo;

import app.coulisse.security.SystemAuthentication;
import app.coulisse.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Without demo data, a demo login that still has its published password (README lists them) is
 * deactivated at start, one log line per account. It runs before the admin check, so a database whose only
 * showrunner is a demo account refuses to start like an empty one.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "coulisse.demo-data", havingValue = "false", matchIfMissing = true)
class DemoLeftovers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLeftovers.class);

    private final UserService userService;

    DemoLeftovers(UserService userService) {
        this.userService = userService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUsers demo : DemoUsers.values()) {
            if (SystemAuthentication.asShowrunner(() -> userService.deactivateIfPasswordIs(demo.username, demo.password))) {
                log.warn("Demo account \"{}\" deactivated: it still has the published demo password and Coulisse runs "
                        + "without demo data. The showrunner can give it a new password and reactivate it in Users.",
                        demo.username);
            }
        }
    }
}
