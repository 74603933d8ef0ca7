package app.coulisse.callsheet;

import app.coulisse.core.DomainException;
import java.util.List;

/** Why a call sheet cannot be published as it stands: a translation key and its arguments. */
public record CallSheetProblem(String messageKey, List<String> arguments) {

    /** The refusal this problem stands for. */
    DomainException refusal() {
        return new DomainException(messageKey, arguments.toArray());
    }
}
