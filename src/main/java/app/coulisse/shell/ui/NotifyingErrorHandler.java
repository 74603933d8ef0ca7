package app.coulisse.shell.ui;

import app.coulisse.core.DomainException;
import app.coulisse.core.UniqueViolations;
import app.coulisse.ui.Notifications;
import app.coulisse.ui.TranslationProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The last line of defence: whatever escapes a view is logged with its stack trace and shown to
 * the user as a short translated message, never as a trace.
 */
class NotifyingErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(NotifyingErrorHandler.class);

    private final TranslationProvider translations;

    NotifyingErrorHandler(TranslationProvider translations) {
        this.translations = translations;
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message = messageFor(rootCause(error), UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale());
        Throwable cause = rootCause(error);
        if (cause instanceof DomainException || cause instanceof ConcurrencyFailureException
                || UniqueViolations.refusal(cause).isPresent()) {
            log.info("Refused: {}", message);
        } else {
            log.error("Unexpected error in the UI", error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notifications.error(message);
        }
    }

    private String messageFor(Throwable cause, Locale locale) {
        Optional<DomainException> unique = UniqueViolations.refusal(cause);
        if (unique.isPresent()) {
            return translations.getTranslation(unique.get().getMessageKey(), locale);
        }
        if (cause instanceof DomainException domain) {
            return translations.getTranslation(domain.getMessageKey(), locale, domain.getArguments());
        }
        if (cause instanceof AccessDeniedException) {
            return translations.getTranslation("error.access-denied", locale);
        }
        if (cause instanceof ConcurrencyFailureException) {
            return translations.getTranslation("error.conflict", locale);
        }
        return translations.getTranslation("error.unexpected", locale);
    }

    /** The exception that says what went wrong, under Vaadin's and Spring's wrappers. */
    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof DomainException || cause instanceof AccessDeniedException
                || cause instanceof ConcurrencyFailureException || cause instanceof DataIntegrityViolationException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
