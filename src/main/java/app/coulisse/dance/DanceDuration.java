package app.coulisse.dance;

import app.coulisse.core.DomainException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A number's running time as choreographers write it, {@code m:ss}, stored in seconds. */
public final class DanceDuration {

    private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d{1,3}):([0-5]\\d)");

    private DanceDuration() {
    }

    /** Seconds for "m:ss"; null for a blank text; refuses anything else or zero. */
    public static Integer parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher matcher = MINUTES_SECONDS.matcher(text.trim());
        if (!matcher.matches()) {
            throw new DomainException("dance.duration.invalid", text.trim());
        }
        int seconds = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
        if (seconds == 0) {
            throw new DomainException("dance.duration.invalid", text.trim());
        }
        return seconds;
    }

    /** "m:ss" for seconds; empty for null. */
    public static String format(Integer seconds) {
        if (seconds == null) {
            return "";
        }
        return "%d:%02d".formatted(seconds / 60, seconds % 60);
    }
}
