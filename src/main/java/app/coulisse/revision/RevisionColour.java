package app.coulisse.revision;

import app.coulisse.core.Messages;
import java.util.Locale;

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
        if (name == null) {
            return "";
        }
        Messages messages = Messages.bundled();
        for (int round = RevisionOrder.ROUNDS.size() - 1; round >= 0; round--) {
            String prefix = RevisionOrder.ROUNDS.get(round);
            if (name.startsWith(prefix)) {
                String roundKey = "revision.round." + round;
                String base = name.substring(prefix.length());
                return messages.find("revision.colour." + base.toLowerCase(Locale.ROOT), locale)
                        .map(translated -> prefix.isEmpty() ? translated : messages.get(roundKey, locale, translated))
                        .orElse(name);
            }
        }
        return name;
    }
}
