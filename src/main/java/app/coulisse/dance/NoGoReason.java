package app.coulisse.dance;

import java.util.List;

/** Why a number is not ready: a message key of the dance bundle and its arguments, translated where shown. */
public record NoGoReason(String messageKey, List<Object> arguments) {

    public NoGoReason {
        arguments = List.copyOf(arguments);
    }

    public static NoGoReason of(String messageKey, Object... arguments) {
        return new NoGoReason(messageKey, List.of(arguments));
    }
}
