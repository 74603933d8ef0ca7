package app.coulisse.callsheet;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Call times as every call sheet writes them: 24-hour "07:30", whatever the language. */
public final class CallTimes {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private CallTimes() {
    }

    /** "07:30", or empty for none. */
    public static String format(LocalTime time) {
        return time == null ? "" : HH_MM.format(time);
    }
}
