package app.coulisse.core;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of every API error, {@code {status, message, key}}: the message in English for a script's log, the key
 * for a client that speaks another language. Built here only, for the API's exception advice and for the security
 * filters that refuse a request before it reaches Spring MVC.
 */
public record ApiError(int status, String message, String key) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The error for a status and a message key of the bundles, with the key's English message. */
    public static ApiError of(int status, String key, Object... arguments) {
        return new ApiError(status, Messages.bundled().get(key, Locale.ENGLISH, arguments), key);
    }

    /** Writes this error as the whole response, for code that runs outside Spring MVC. */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getWriter(), this);
    }
}
