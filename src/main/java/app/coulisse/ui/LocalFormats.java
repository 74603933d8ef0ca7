package app.coulisse.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one date format of each language, for every date a screen shows or takes: English as the app writes it
 * (British, like its spelling) and French both write {@code 10/09/2026}, day first, so "9/10" never means two
 * dates; a date picker also reads an ISO date ({@code 2026-09-10}) and says what it expects when it cannot read
 * one. Times are on the 24-hour clock in both (decision record 045).
 */
public final class LocalFormats {

    /** How a date is written and typed. */
    public static final String DATE = "dd/MM/yyyy";
    /** The other way a date picker reads a typed date. */
    public static final String ISO_DATE = "yyyy-MM-dd";
    // Parsed once: a grid formats a date per cell, and only the language changes between calls.
    private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern(DATE);
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("EEE dd/MM");

    private LocalFormats() {
    }

    /** A date as the language writes it: "10/09/2026"; empty for none. */
    public static String date(LocalDate date, Locale language) {
        return date == null ? "" : date.format(DATE_FORMAT.withLocale(formatting(language)));
    }

    /** A date in a narrow column (a Day Out of Days): "Thu 10/09", "jeu. 10/09". */
    public static String dayAndMonth(LocalDate date, Locale language) {
        return date.format(DAY_AND_MONTH.withLocale(formatting(language)));
    }

    /** A message's arguments with their dates written as the language does (a refusal naming a day, say). */
    public static Object[] arguments(Object[] arguments, Locale language) {
        return Arrays.stream(arguments).map(argument -> argument instanceof LocalDate date ? date(date, language)
                : argument).toArray();
    }

    /** Makes a date picker show and read dates as the language does, and say so when it cannot read one. */
    public static DatePicker localise(DatePicker picker) {
        Locale locale = formatting(picker.getLocale());
        picker.setLocale(locale);
        // Typing does not open the calendar, so a typed date is taken when the field is left with Tab: an open
        // calendar would take the focus and leave the typed text uncommitted.
        picker.setAutoOpen(false);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats(DATE, ISO_DATE)
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(weekdays(TextStyle.FULL_STANDALONE, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT_STANDALONE, locale))
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("date.today"))
                .setCancel(picker.getTranslation("date.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("date.unreadable",
                        date(LocalDate.of(2026, 9, 10), locale))));
        return picker;
    }

    /** Makes a time picker use the 24-hour clock of the language's country. */
    public static TimePicker localise(TimePicker picker) {
        picker.setLocale(formatting(picker.getLocale()));
        return picker;
    }

    /** The picker's weekdays start on Sunday, as JavaScript's do. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return Arrays.stream(DayOfWeek.values()).map(day -> DayOfWeek.SUNDAY.plus(day.ordinal()))
                .map(day -> day.getDisplayName(style, locale)).toList();
    }

    /** English is written the British way, French the way France writes it. */
    private static Locale formatting(Locale language) {
        return language != null && Locale.FRENCH.getLanguage().equals(language.getLanguage()) ? Locale.FRANCE
                : Locale.UK;
    }
}
