package app.coulisse.revision;

import app.coulisse.core.Messages;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** A colour of the revision order: its name as the production says it ("Blue", "Double Pink") and its fill. */
public record RevisionColour(String name, String hex) {

    /**
     * The name in the reader's language: the common orders' names are seeded data, so "Double Pink" reads
     * "Rose double" in French; a name the production wrote itself ("Lavender Draft") reads as written.
     */
    public String name(Locale locale) {
        return nameIn(name, locale);
    }

    /** {@link #name(Locale)} for a stored name. */
    public static String nameIn(String name, Locale locale) {
        Messages messages = Messages.bundled();
        return nameIn(name, key -> messages.find(key, locale));
    }

    /** {@link #name(Locale)} for a stored name, with the patterns of the reader's language from {@code patterns}. */
    public static String nameIn(String name, Function<String, Optional<String>> patterns) {
        if (name == null) {
            return "";
        }
        for (int round = RevisionOrder.ROUNDS.size() - 1; round >= 0; round--) {
            String prefix = RevisionOrder.ROUNDS.get(round);
            if (name.startsWith(prefix)) {
                String base = name.substring(prefix.length());
                if (!RevisionOrder.KNOWN.containsKey(base.toLowerCase(Locale.ROOT))) {
                    return name;
                }
                Optional<String> roundPattern = prefix.isEmpty() ? Optional.of("{0}")
                        : patterns.apply("revision.round." + round);
                return patterns.apply("revision.colour." + base.toLowerCase(Locale.ROOT))
                        .flatMap(translated -> roundPattern.map(pattern -> Messages.fill(pattern, translated)))
                        .orElse(name);
            }
        }
        return name;
    }
}
