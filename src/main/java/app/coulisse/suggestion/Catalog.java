package app.coulisse.suggestion;

import java.util.List;
import java.util.Map;

/**
 * What the series already has, as the engine reads it: the names it looks for in a scene's text.
 *
 * @param characters         the cast, with each character's declared aliases
 * @param danceNumbers       the dance numbers by title
 * @param elements           the breakdown elements with their categories: how the series tagged a name before
 * @param categoriesBySeedKey the seeded categories still carrying their key ({@code wardrobe}), for the lexicon
 */
record Catalog(List<Entry> characters, List<Entry> danceNumbers, List<Element> elements,
               Map<String, Long> categoriesBySeedKey) {

    Catalog {
        characters = List.copyOf(characters);
        danceNumbers = List.copyOf(danceNumbers);
        elements = List.copyOf(elements);
        categoriesBySeedKey = Map.copyOf(categoriesBySeedKey);
    }

    /** A character or a dance number: its id, its name or title, and the other names it goes by. */
    record Entry(long id, String name, List<String> aliases) {

        Entry {
            aliases = List.copyOf(aliases);
        }
    }

    /** A breakdown element of the catalog and its category. */
    record Element(long id, String name, long categoryId) {
    }
}
