package app.coulisse.screenplay;

import static app.coulisse.outline.TimeOfDay.CONTINUOUS;
import static app.coulisse.outline.TimeOfDay.DAWN;
import static app.coulisse.outline.TimeOfDay.DAY;
import static app.coulisse.outline.TimeOfDay.DUSK;
import static app.coulisse.outline.TimeOfDay.EVENING;
import static app.coulisse.outline.TimeOfDay.LATER;
import static app.coulisse.outline.TimeOfDay.MORNING;
import static app.coulisse.outline.TimeOfDay.NIGHT;

import app.coulisse.outline.StripColour;
import app.coulisse.outline.TimeOfDay;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words real headings use for the time of day and the value each one means (the table of record 003, in
 * English and French). A part of a heading is read word by word, once: the first word that sets day or night wins
 * over CONTINUOUS and LATER, which only carry on the light of the scene before (record 008), so {@code LATER THAT
 * NIGHT} is NIGHT and {@code MOMENTS LATER} is LATER.
 */
final class TimeWords {

    private static final Map<String, TimeOfDay> WORDS = Map.ofEntries(
            Map.entry("DAY", DAY), Map.entry("DAYTIME", DAY), Map.entry("AFTERNOON", DAY), Map.entry("NOON", DAY),
            Map.entry("MIDDAY", DAY), Map.entry("JOUR", DAY), Map.entry("APRES-MIDI", DAY), Map.entry("MIDI", DAY),
            Map.entry("MORNING", MORNING), Map.entry("MIDMORNING", MORNING), Map.entry("MID-MORNING", MORNING),
            Map.entry("MATIN", MORNING), Map.entry("MATINEE", MORNING),
            Map.entry("EVENING", EVENING), Map.entry("SOIR", EVENING), Map.entry("SOIREE", EVENING),
            Map.entry("NIGHT", NIGHT), Map.entry("NIGHTTIME", NIGHT), Map.entry("MIDNIGHT", NIGHT),
            Map.entry("NUIT", NIGHT), Map.entry("MINUIT", NIGHT),
            Map.entry("DAWN", DAWN), Map.entry("SUNRISE", DAWN), Map.entry("PRE-DAWN", DAWN), Map.entry("PREDAWN", DAWN),
            Map.entry("DAYBREAK", DAWN), Map.entry("AUBE", DAWN), Map.entry("AURORE", DAWN),
            Map.entry("DUSK", DUSK), Map.entry("SUNSET", DUSK), Map.entry("SUNDOWN", DUSK), Map.entry("TWILIGHT", DUSK),
            Map.entry("NIGHTFALL", DUSK), Map.entry("CREPUSCULE", DUSK),
            Map.entry("CONTINUOUS", CONTINUOUS), Map.entry("SAME", CONTINUOUS), Map.entry("SIMULTANEOUS", CONTINUOUS),
            Map.entry("CONCURRENT", CONTINUOUS), Map.entry("CONTINU", CONTINUOUS), Map.entry("CONTINUITE", CONTINUOUS),
            Map.entry("LATER", LATER), Map.entry("EARLIER", LATER), Map.entry("THEREAFTER", LATER),
            Map.entry("AFTERWARDS", LATER), Map.entry("SOON", LATER), Map.entry("TARD", LATER));

    // "MAGIC HOUR" is the last light of the day as crews use it; a morning one is written DAWN or SUNRISE.
    private static final Map<String, TimeOfDay> PAIRS = Map.of("MAGIC HOUR", DUSK, "GOLDEN HOUR", DUSK, "FIRST LIGHT", DAWN);

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private TimeWords() {
    }

    /** The time of day a part of a heading gives, or {@code null} when none of its words is a time word. */
    static TimeOfDay in(String part) {
        TimeOfDay carried = null;
        String previous = null;
        int i = 0;
        while (i < part.length()) {
            if (!isWordChar(part.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < part.length() && isWordChar(part.charAt(end))) {
                end++;
            }
            String word = normalised(part.substring(i, end));
            TimeOfDay time = previous == null ? null : PAIRS.get(previous + " " + word);
            if (time == null) {
                time = WORDS.get(word);
            }
            if (time == null) {
                time = Clock.time(part, i, end);
            }
            if (time != null && StripColour.carriesLight(time)) {
                return time;
            }
            if (carried == null) {
                carried = time;
            }
            previous = word;
            i = end;
        }
        return carried;
    }

    /** True when the text says nothing but the time value itself ({@code NIGHT}, {@code night.}). */
    static boolean isOnly(TimeOfDay time, String part) {
        String letters = part.replaceAll("[^\\p{L}\\p{N}]", "");
        return letters.equalsIgnoreCase(time.name());
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }

    private static String normalised(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        return upper.chars().allMatch(c -> c < 128) ? upper
                : MARKS.matcher(Normalizer.normalize(upper, Normalizer.Form.NFD)).replaceAll("");
    }

    /** A clock time ({@code 9:30 AM}, {@code 4AM}, {@code 11.00 PM}) read as the light it falls in. */
    private static final class Clock {

        // "12:45" or "11.30" at most: a longer run of digits before AM is not a clock.
        private static final int LONGEST = 5;

        private Clock() {
        }

        /** The time of day of the word between {@code start} and {@code end} when it ends a clock time, else null. */
        static TimeOfDay time(String part, int start, int end) {
            String word = part.substring(start, end).toUpperCase(Locale.ROOT);
            boolean pm = word.endsWith("PM");
            if (!pm && !word.endsWith("AM")) {
                return null;
            }
            int clockEnd = end - 2;
            if (clockEnd == start && clockEnd > 0 && Spaces.isSpace(part.charAt(clockEnd - 1))) {
                clockEnd--;
            }
            int clockStart = clockEnd;
            while (clockStart > 0 && clockEnd - clockStart < LONGEST && isClockChar(part.charAt(clockStart - 1))) {
                clockStart--;
            }
            int hourEnd = clockStart;
            while (hourEnd < clockEnd && Character.isDigit(part.charAt(hourEnd))) {
                hourEnd++;
            }
            boolean longer = clockStart > 0 && isClockChar(part.charAt(clockStart - 1));
            if (longer || hourEnd == clockStart || hourEnd - clockStart > 2) {
                return null;
            }
            int hour = Integer.parseInt(part.substring(clockStart, hourEnd)) % 12 + (pm ? 12 : 0);
            if (hour >= 5 && hour < 7) {
                return DAWN;
            }
            if (hour >= 7 && hour < 12) {
                return MORNING;
            }
            if (hour >= 12 && hour < 17) {
                return DAY;
            }
            return hour >= 17 && hour < 20 ? EVENING : NIGHT;
        }

        private static boolean isClockChar(char c) {
            return (c >= '0' && c <= '9') || c == ':' || c == '.';
        }
    }
}
