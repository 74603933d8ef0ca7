package app.coulisse.api;

import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.screenplay.ScreenplayTooLargeException;
import app.coulisse.ui.TranslationProvider;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns what the API's controllers throw into JSON {@code {status, message, key}}: the message in English for a
 * script's log, the key for a client that speaks another language. Never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** The body of every API error. */
    record ApiError(int status, String message, String key) {
    }

    private final TranslationProvider translations;

    ApiErrors(TranslationProvider translations) {
        this.translations = translations;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessageKey(), e.getArguments());
    }

    @ExceptionHandler(ScreenplayTooLargeException.class)
    ResponseEntity<ApiError> tooLarge(ScreenplayTooLargeException e) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessageKey(), e.getArguments());
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ApiError> refused(DomainException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessageKey(), e.getArguments());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return error(HttpStatus.FORBIDDEN, "error.access-denied");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.media-type.unsupported", String.valueOf(e.getContentType()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "api.body.unreadable");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "api.parameter.invalid", e.getName(), String.valueOf(e.getValue()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected error in the API", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
    }

    private ResponseEntity<ApiError> error(HttpStatus status, String key, Object... args) {
        return ResponseEntity.status(status)
                .body(new ApiError(status.value(), translations.getTranslation(key, Locale.ENGLISH, args), key));
    }
}
