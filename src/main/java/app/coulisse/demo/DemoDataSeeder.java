package app.coulisse.demo;

import app.coulisse.season.SeasonService;
import app.coulisse.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo room once: only when demo data is on and the database has no series yet, in one
 * transaction (half a demo is worse than none).
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "coulisse.demo-data", havingValue = "true")
public class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final SeasonService seasonService;
    private final DemoSeason demoSeason;
    private final DemoScript demoScript;
    private final DemoBreakdown demoBreakdown;
    private final DemoSchedule demoSchedule;
    private final DemoReadiness demoReadiness;
    private final DemoLocations demoLocations;
    private final TransactionTemplate transaction;

    DemoDataSeeder(SeasonService seasonService, DemoSeason demoSeason, DemoScript demoScript,
                   DemoBreakdown demoBreakdown, DemoSchedule demoSchedule, DemoReadiness demoReadiness,
                   DemoLocations demoLocations, TransactionTemplate transaction) {
        this.seasonService = seasonService;
        this.demoSeason = demoSeason;
        this.demoScript = demoScript;
        this.demoBreakdown = demoBreakdown;
        this.demoSchedule = demoSchedule;
        this.demoReadiness = demoReadiness;
        this.demoLocations = demoLocations;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        seedIfEmpty();
    }

    /** Writes the demo series unless a series exists; answers whether it wrote anything. */
    public boolean seedIfEmpty() {
        if (seasonService.hasSeries()) {
            return false;
        }
        SystemAuthentication.asShowrunner(() -> transaction.execute(status -> {
            demoSeason.write();
            demoScript.write();
            demoBreakdown.write();
            demoSchedule.write();
            demoReadiness.write();
            demoLocations.write();
            return null;
        }));
        log.info("Demo series \"Étoile\" and demo users created");
        return true;
    }
}
