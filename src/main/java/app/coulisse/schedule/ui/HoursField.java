package app.coulisse.schedule.ui;

import app.coulisse.core.DomainException;
import app.coulisse.dance.RehearsalHours;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * A call's length typed in hours the way {@link RehearsalHours} reads them: "3,5" and "3.5" are three and a half
 * hours in either language (never 35); anything else marks the field with a translated message.
 */
final class HoursField extends TextField {

    HoursField(String id, String label, int minutes) {
        super(label);
        setId(id);
        setValue(text(minutes, getLocale()));
        addValueChangeListener(e -> minutes());
    }

    /** The length in minutes; empty, with the field marked, when the text is no number of hours. */
    Optional<Integer> minutes() {
        try {
            BigDecimal hours = RehearsalHours.parse(getValue());
            setInvalid(false);
            return Optional.of(hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValue());
        } catch (DomainException refused) {
            setErrorMessage(getTranslation(refused.getMessageKey(), refused.getArguments()));
            setInvalid(true);
            return Optional.empty();
        }
    }

    /** Minutes as hours the way the language writes them: "7.5" in English, "7,5" in French. */
    static String text(int minutes, Locale language) {
        return RehearsalHours.format(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP),
                language);
    }
}
