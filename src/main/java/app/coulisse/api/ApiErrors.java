package app.coulisse.api;

import app.coulisse.core.ApiError;
import app.coulisse.core.ConcurrentChangeException;
import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.core.ServerBusyException;
import app.coulisse.core.UniqueViolations;
import app.coulisse.screenplay.ScreenplayTooLargeException;
import app.coulisse.season.SeriesNotSetUpException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns what the API throws into JSON {@code {status, message, key}}: the message in English for a script's log,
 * the key for a client that speaks another language. Never a stack trace. It applies to every Spring MVC request,
 * since the API is the only MVC surface (the UI is Vaadin's own servlet), so that Spring's own refusals (wrong
 * method or content type, unreadable JSON, a bad parameter) get the same shape.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    /** What a client is told to wait when no database connection came free: about one pool timeout. */
    static final long POOL_RETRY_SECONDS = 5;

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessageKey(), e.getArguments());
    }

    @ExceptionHandler(SeriesNotSetUpException.class)
    ResponseEntity<Object> notSetUp(SeriesNotSetUpException e) {
        return error(HttpStatus.CONFLICT, e.getMessageKey(), e.getArguments());
    }

    @ExceptionHandler(ScreenplayTooLargeException.class)
    ResponseEntity<Object> tooLarge(ScreenplayTooLargeException e) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessageKey(), e.getArguments());
    }

    /** A full bulkhead: the client should come back after the wait it is told (record 056). */
    @ExceptionHandler(ServerBusyException.class)
    ResponseEntity<Object> busy(ServerBusyException e, HttpServletResponse response) {
        return unavailable(response, e.retryAfterSeconds(), e.getMessageKey(), e.getArguments());
    }

    /** No database connection came free in time (the pool is exhausted): busy, not broken (record 056). */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<Object> noConnection(RuntimeException e, HttpServletResponse response) {
        log.warn("No database connection in time: {}", e.getMessage());
        return unavailable(response, POOL_RETRY_SECONDS, "error.busy", POOL_RETRY_SECONDS);
    }

    /** 503 with Retry-After; a download that was about to start is no download any more. */
    private ResponseEntity<Object> unavailable(HttpServletResponse response, long retryAfterSeconds, String key,
                                               Object... args) {
        if (!response.isCommitted()) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, null);
        }
        ResponseEntity<Object> refusal = error(HttpStatus.SERVICE_UNAVAILABLE, key, args);
        return ResponseEntity.status(refusal.getStatusCode()).headers(refusal.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds)).body(refusal.getBody());
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<Object> concurrent(ConcurrentChangeException e) {
        return error(HttpStatus.CONFLICT, e.getMessageKey(), e.getArguments());
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> refused(DomainException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessageKey(), e.getArguments());
    }

    /** A unique rule or a version check that a concurrent request broke first: the conflict, never a 500. */
    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class})
    ResponseEntity<Object> conflict(org.springframework.core.NestedRuntimeException e) {
        Optional<DomainException> unique = UniqueViolations.refusal(e);
        if (unique.isPresent()) {
            return error(HttpStatus.CONFLICT, unique.get().getMessageKey());
        }
        if (e instanceof ConcurrencyFailureException) {
            return error(HttpStatus.CONFLICT, "error.conflict");
        }
        log.warn("Integrity rule refused a write: {}", e.getMostSpecificCause().getMessage());
        return error(HttpStatus.BAD_REQUEST, "api.request.invalid");
    }

    /** A Content-Type that is no media type at all: as unsupported as a well-formed foreign one, never a 500. */
    @ExceptionHandler(InvalidMediaTypeException.class)
    ResponseEntity<Object> malformedType(InvalidMediaTypeException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.media-type.unsupported", e.getMediaType());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e) {
        return error(HttpStatus.FORBIDDEN, "error.access-denied");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected error in the API", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
    }

    /** Spring MVC's own refusals, in our shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (e instanceof HttpMediaTypeNotSupportedException unsupported) {
            return error(status, "api.media-type.unsupported", String.valueOf(unsupported.getContentType()));
        }
        if (e instanceof HttpMessageNotReadableException) {
            return error(status, "api.body.unreadable");
        }
        if (e instanceof TypeMismatchException mismatch) {
            return error(status, "api.parameter.invalid", mismatch.getPropertyName(), String.valueOf(mismatch.getValue()));
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return error(status, "api.method.not-allowed", method.getMethod());
        }
        return error(status, "api.request.invalid");
    }

    private ResponseEntity<Object> error(HttpStatusCode status, String key, Object... args) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(status.value(), key, args));
    }
}
