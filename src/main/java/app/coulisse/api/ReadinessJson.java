package app.coulisse.api;

import java.time.LocalDate;
import java.util.List;

/** Go or no go for one dance number on one shoot day, with each reason as a key and a translated message. */
record ReadinessJson(long danceNumberId, String title, LocalDate date, boolean go, List<Reason> reasons) {

    /** Why the number is not ready: the message key, its arguments, and the message in the request's language. */
    record Reason(String key, List<Object> arguments, String message) {
    }
}
