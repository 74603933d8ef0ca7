package app.coulisse.core;

/**
 * A rule the user broke (a duplicate number, a locked episode…). It carries a translation key and
 * its arguments rather than English text, so the screen can say it in the user's language.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
