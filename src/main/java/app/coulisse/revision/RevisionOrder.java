package app.coulisse.revision;

import app.coulisse.core.DomainException;
import app.coulisse.core.HexColour;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The order in which a production's revisions take their colours, written as a series setting:
 * {@code White #FFFFFF, Blue #C6EDFE, …}. A name the order knows may leave out its colour. Past the last colour
 * the order starts again with "Double" (then "Triple") before each name: Double White, Double Blue… Plain Java.
 */
public final class RevisionOrder {

    /** The fills of the colour names in use (Final Draft's set where it gives one; reference §2.4). */
    static final Map<String, String> KNOWN = knownColours();

    /** The common US order (WGA, reference §10.4): the series' default. */
    public static final String US = "White #FFFFFF, Blue #C6EDFE, Pink #FDCCD4, Yellow #FDFFAB, Green #D1FED0, "
            + "Goldenrod #FACD39, Buff #FCED9D, Salmon #F8AE8E, Cherry #FBA4B4";

    /** The other common order: Tan and Gray after Cherry (reference §10.4). */
    public static final String US_WITH_TAN_AND_GRAY = US + ", Tan #FDF1C7, Gray #D9D9D9";

    static final int MAX_LENGTH = 1000;
    private static final int MAX_NAME = 40;
    private static final Pattern ENTRY = Pattern.compile("(.+?)\\s*(" + HexColour.PATTERN + ")?");
    /** The prefixes of the rounds after the first, as the order names them (translated by {@link RevisionColour}). */
    static final List<String> ROUNDS = List.of("", "Double ", "Triple ", "Quadruple ");

    private final List<RevisionColour> colours;

    private RevisionOrder(List<RevisionColour> colours) {
        this.colours = List.copyOf(colours);
    }

    /** The order a setting describes; the US default when the setting is empty. */
    public static RevisionOrder of(String setting) {
        return parse(setting == null || setting.isBlank() ? US : setting);
    }

    /** Reads a setting, refusing an empty one, an unknown name without a colour, a name twice or a bad colour. */
    public static RevisionOrder parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("revision.order.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new DomainException("revision.order.too-long");
        }
        List<RevisionColour> colours = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : text.split("[,;\\n]")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher matcher = ENTRY.matcher(entry);
            if (!matcher.matches() || matcher.group(1).contains("#") || matcher.group(1).length() > MAX_NAME) {
                throw new DomainException("revision.order.unreadable", entry);
            }
            String name = matcher.group(1).strip();
            String hex = matcher.group(2) != null ? matcher.group(2).toUpperCase(Locale.ROOT)
                    : KNOWN.get(name.toLowerCase(Locale.ROOT));
            if (hex == null) {
                throw new DomainException("revision.order.colour-missing", name);
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new DomainException("revision.order.duplicate", name);
            }
            colours.add(new RevisionColour(name, hex));
        }
        if (colours.isEmpty()) {
            throw new DomainException("revision.order.empty");
        }
        return new RevisionOrder(colours);
    }

    /** The colours of one round, in order. */
    public List<RevisionColour> colours() {
        return colours;
    }

    /** The colour of the revision with this sequence number: 0 is the original (White in the US order). */
    public RevisionColour colour(int sequence) {
        RevisionColour base = colours.get(sequence % colours.size());
        int round = Math.min(sequence / colours.size(), ROUNDS.size() - 1);
        return new RevisionColour(ROUNDS.get(round) + base.name(), base.hex());
    }

    /** The setting's text for this order, as {@link #parse} reads it. */
    public String text() {
        return colours.stream().map(colour -> colour.name() + " " + colour.hex()).collect(Collectors.joining(", "));
    }

    private static Map<String, String> knownColours() {
        Map<String, String> known = new LinkedHashMap<>();
        for (String entry : (US_WITH_TAN_AND_GRAY + ", Grey #D9D9D9, Gold #FFD700, Lavender #E6D7FF, Orange #FFCC99")
                .split(", ")) {
            String[] parts = entry.split(" ");
            known.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
        }
        return Map.copyOf(known);
    }
}
