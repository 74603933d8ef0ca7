package app.coulisse.backup;

import app.coulisse.core.DomainException;
import app.coulisse.core.Messages;
import app.coulisse.security.SystemAuthentication;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar coulisse.jar --coulisse.restore=FILE}: restores the archive into the configured database before
 * any other start-up work (no first showrunner, no demo), then stops — exit code 0 when restored, 1 when refused
 * (the reason in the log). Start the app again without the option to serve the restored room (record 058).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "coulisse.restore")
class RestoreFromCommandLine implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RestoreFromCommandLine.class);

    private final BackupService backupService;
    private final ConfigurableApplicationContext context;
    private final String archive;

    RestoreFromCommandLine(BackupService backupService, ConfigurableApplicationContext context,
                           Environment environment) {
        this.backupService = backupService;
        this.context = context;
        this.archive = environment.getRequiredProperty("coulisse.restore");
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int exitCode;
        try {
            long rows = SystemAuthentication.asShowrunner(() -> backupService.restore(Path.of(archive)));
            log.info("Restored {} rows from {}; start the app again without --coulisse.restore", rows, archive);
            exitCode = 0;
        } catch (DomainException refused) {
            log.error("Restore refused: {}", Messages.bundled().get(refused.getMessageKey(), Locale.ENGLISH,
                    refused.getArguments()));
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
