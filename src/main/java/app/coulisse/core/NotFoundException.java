package app.coulisse.core;

/** The thing asked for does not exist (or no longer does): the API answers 404 for it. */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
