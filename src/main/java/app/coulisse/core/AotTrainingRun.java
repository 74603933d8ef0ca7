package app.coulisse.core;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The production build's training start for the JVM's AOT cache: it stops once the app is ready,
 * after the start-up runners (demo seeding among them), so their classes are in the cache too.
 */
@Component
@ConditionalOnProperty(name = "coulisse.aot-training", havingValue = "true")
class AotTrainingRun implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        System.exit(SpringApplication.exit(event.getApplicationContext()));
    }
}
