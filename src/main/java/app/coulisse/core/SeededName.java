package app.coulisse.core;

import java.util.Locale;

/**
 * The one display rule of names the app seeds (element categories, default acts): while a seeded name carries its
 * key it shows in the reader's language from the bundles ({@code <prefix>.<key>}); once someone renames it the key
 * is gone and the given name shows in every language. Screens and workbooks both ask here.
 */
public final class SeededName {

    private SeededName() {
    }

    /** The name to show: the bundle's text for {@code prefix + "." + seedKey} in {@code locale}, else {@code name}. */
    public static String display(String prefix, String seedKey, String name, Messages messages, Locale locale) {
        if (seedKey == null) {
            return name;
        }
        return messages.find(prefix + "." + seedKey, locale).orElse(name);
    }

    /**
     * A seeded name travelling as a message argument ("No dancer ready in {0}"): {@link Messages} writes it in the
     * language of the message; anywhere else it is the name as stored.
     */
    public record Text(String prefix, String seedKey, String name) {

        /** The name to show in {@code locale}. */
        public String in(Messages messages, Locale locale) {
            return display(prefix, seedKey, name, messages, locale);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The key a rename leaves: kept when the name is unchanged, cleared otherwise. */
    public static String keyAfterRename(String seedKey, String oldName, String newName) {
        return oldName != null && oldName.equals(newName) ? seedKey : null;
    }
}
