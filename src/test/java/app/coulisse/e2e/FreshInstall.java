package app.coulisse.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a journey that runs against a fresh install: its own server without the demo profile, started
 * with the showrunner {@link ProductionServer#FRESH_ADMIN} from the environment and no series yet.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface FreshInstall {
}
