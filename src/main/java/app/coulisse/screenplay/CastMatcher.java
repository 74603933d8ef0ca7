package app.coulisse.screenplay;

import java.text.Normalizer;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds which cast member a screenplay name means. Case, accents, spacing and cue extensions such as
 * {@code (V.O.)} do not count; a cue may also be part of the cast name ("GENEVIÈVE" for Geneviève Lavigne).
 */
final class CastMatcher {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern EXTENSIONS = Pattern.compile("\\([^()]*\\)");

    private final List<KnownCharacter> cast;

    CastMatcher(List<KnownCharacter> cast) {
        this.cast = List.copyOf(cast);
    }

    /** The form names are compared in: no accents, no extensions, upper case, single spaces. */
    static String key(String name) {
        String withoutAccents = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String withoutExtensions = EXTENSIONS.matcher(withoutAccents).replaceAll(" ");
        return Spaces.fold(withoutExtensions.replace('’', '\'')).toUpperCase(Locale.ROOT);
    }

    /**
     * The cast members the name may mean: the one whose whole name it is, else every one whose name contains it as
     * consecutive words. One result is a match; several are ambiguous; none means a new character.
     */
    List<KnownCharacter> candidates(String name) {
        String key = key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<KnownCharacter> exact = cast.stream().filter(character -> key(character.name()).equals(key)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        List<String> words = List.of(key.split(" "));
        return cast.stream()
                .filter(character -> Collections.indexOfSubList(List.of(key(character.name()).split(" ")), words) >= 0)
                .toList();
    }
}
