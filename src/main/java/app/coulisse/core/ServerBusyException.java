package app.coulisse.core;

/**
 * The server is doing as many of these at once as it allows (a {@link Bulkhead} is full): try again after
 * {@link #retryAfterSeconds()}. The API answers 503 with {@code Retry-After}; a screen shows the translated message.
 */
public class ServerBusyException extends DomainException {

    private final long retryAfterSeconds;

    public ServerBusyException(String messageKey, long retryAfterSeconds) {
        super(messageKey, retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** How long a client should wait before trying again. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
