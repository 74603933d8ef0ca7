package app.coulisse.season;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter of a service method that says which episodes the method writes into: the id of an
 * {@link Episode}, or of something whose writes reach episodes ({@code Scene.class}, {@code Act.class}, a tagged
 * character …, each resolved by that feature's {@link EpisodeScope}). Every such call passes
 * {@link EpisodeLockGuard} before the method runs, so no service remembers the lock by hand (record 056).
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface EpisodeWrite {

    /** What the id names: {@link Episode} or another feature's entity with an {@link EpisodeScope}. */
    Class<?> value();
}
