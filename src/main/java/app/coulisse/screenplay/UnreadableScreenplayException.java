package app.coulisse.screenplay;

import app.coulisse.core.DomainException;
import java.util.List;
import java.util.Locale;

/** A file that cannot be read as a screenplay; carries a translation key, never English text. */
public class UnreadableScreenplayException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final transient List<Object> args;

    public UnreadableScreenplayException(Reason reason, Object... args) {
        this(reason, null, args);
    }

    public UnreadableScreenplayException(Reason reason, Throwable cause, Object... args) {
        super(reason.key() + " " + List.of(args), cause);
        this.reason = reason;
        this.args = List.of(args);
    }

    /** The key of the {@code i18n/screenplay} translation bundle that explains the problem. */
    public String messageKey() {
        return reason.key();
    }

    public List<Object> args() {
        return args;
    }

    /** This refusal as the translated domain refusal screens and the API show, carrying the parser's key. */
    DomainException refusal() {
        DomainException refusal = new DomainException(messageKey(), args.toArray());
        refusal.initCause(this);
        return refusal;
    }

    /** Why a file was refused. */
    public enum Reason {
        EMPTY, BINARY, ENCODING, XML_BROKEN, XML_DTD, NO_SCENE, UNKNOWN_FORMAT, TOO_DEEP, TOO_MANY_SCENES,
        TOO_MANY_CHARACTERS;

        public String key() {
            return "screenplay.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
