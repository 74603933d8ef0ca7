package app.coulisse.dance;

import app.coulisse.core.DomainException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rehearsal hours as people type them in either language: {@code 7.5} and {@code 7,5} are both seven and a
 * half hours, in any locale (a comma is never a thousands separator here, so "7.5" can never become 75).
 */
public final class RehearsalHours {

    private static final Pattern HOURS = Pattern.compile("(\\d{1,3})(?:[.,](\\d{1,2}))?");

    private RehearsalHours() {
    }

    /** The hours in a text; zero for a blank one; refuses anything but a number with at most two decimals. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        Matcher matcher = HOURS.matcher(text.strip());
        if (!matcher.matches()) {
            throw new DomainException("dance.rehearsal.unreadable", text.strip());
        }
        String decimals = matcher.group(2) == null ? "" : "." + matcher.group(2);
        return new BigDecimal(matcher.group(1) + decimals);
    }

    /** The hours as the locale writes them: "7.5" in English, "7,5" in French, "12" for whole hours. */
    public static String format(BigDecimal hours, Locale locale) {
        if (hours == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(hours);
    }
}
