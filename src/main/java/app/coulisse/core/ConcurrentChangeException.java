package app.coulisse.core;

/**
 * Someone else's change got in first, and trying again did not help: the API answers 409 with the message, which says
 * what happened; nothing of this request was saved.
 */
public class ConcurrentChangeException extends DomainException {

    public ConcurrentChangeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
