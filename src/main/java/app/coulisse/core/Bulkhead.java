package app.coulisse.core;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many of one costly kind of work (parsing a screenplay, writing a workbook) run at once, so a burst of
 * requests cannot run the heap out or take every database connection: a caller past the bound waits a moment for a
 * place, then is refused with {@link ServerBusyException} (record 056).
 */
public final class Bulkhead {

    private final Semaphore places;
    private final Duration wait;
    private final String busyKey;

    /**
     * @param size    how many may run at once
     * @param wait    how long a caller waits for a place before it is refused
     * @param busyKey the refusal's translation key; its argument is the seconds to wait before trying again
     */
    public Bulkhead(int size, Duration wait, String busyKey) {
        if (size < 1) {
            throw new IllegalArgumentException("a bulkhead needs at least one place, not " + size);
        }
        this.places = new Semaphore(size, true);
        this.wait = wait;
        this.busyKey = busyKey;
    }

    /** Runs the work in a place of its own; refuses when none frees up within the wait. */
    public <T> T run(Supplier<T> work) {
        enter();
        try {
            return work.get();
        } finally {
            places.release();
        }
    }

    /** Like {@link #run(Supplier)}, for work that may throw a checked exception. */
    public <T, E extends Exception> T call(Work<T, E> work) throws E {
        enter();
        try {
            return work.call();
        } finally {
            places.release();
        }
    }

    /** Work that may throw a checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    private void enter() {
        try {
            if (!places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    private ServerBusyException busy() {
        return new ServerBusyException(busyKey, Math.max(1, wait.toSeconds()));
    }
}
