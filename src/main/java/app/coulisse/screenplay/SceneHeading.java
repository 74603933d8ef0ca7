package app.coulisse.screenplay;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scene heading and its parts, e.g. {@code INT. MBT - JACK'S OFFICE - DAY}.
 *
 * @param text             the heading as written, without scene number
 * @param interiorExterior INT, EXT or INT_EXT, or {@code null} when the heading has no such prefix
 * @param set              the story place, e.g. {@code MBT - JACK'S OFFICE}
 * @param timeOfDay        one of {@link #TIMES_OF_DAY}, or {@code null}
 */
public record SceneHeading(String text, InteriorExterior interiorExterior, String set, String timeOfDay) {

    public static final Set<String> TIMES_OF_DAY =
            Set.of("DAY", "NIGHT", "MORNING", "EVENING", "DAWN", "DUSK", "CONTINUOUS", "LATER");

    // Longest prefixes first so that INT./EXT is not read as INT.
    private static final Pattern PREFIX =
            Pattern.compile("^(INT\\.?/EXT|I/E|INT|EXT|EST)(?:\\.\\s*|\\s+|$)", Pattern.CASE_INSENSITIVE);

    private static final String SEPARATOR = " - ";

    /** Splits a heading into I/E, set and time of day. */
    public static SceneHeading parse(String text) {
        String heading = text.strip();
        Matcher prefix = PREFIX.matcher(heading);
        InteriorExterior interiorExterior = null;
        String rest = heading;
        if (prefix.find()) {
            interiorExterior = interiorExterior(prefix.group(1));
            rest = heading.substring(prefix.end());
        }
        String[] parts = rest.split(Pattern.quote(SEPARATOR), -1);
        String last = parts[parts.length - 1].strip().toUpperCase(Locale.ROOT);
        if (parts.length > 1 && TIMES_OF_DAY.contains(last)) {
            String set = String.join(SEPARATOR, Arrays.copyOf(parts, parts.length - 1)).strip();
            return new SceneHeading(heading, interiorExterior, set, last);
        }
        return new SceneHeading(heading, interiorExterior, rest.strip(), null);
    }

    private static InteriorExterior interiorExterior(String prefix) {
        return switch (prefix.toUpperCase(Locale.ROOT)) {
            case "INT" -> InteriorExterior.INT;
            case "EXT", "EST" -> InteriorExterior.EXT;
            default -> InteriorExterior.INT_EXT;
        };
    }
}
