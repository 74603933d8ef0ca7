package app.coulisse.dance.readiness;

import app.coulisse.core.Messages;
import app.coulisse.core.SeededName;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A part as screens and rules read it: its first cast (null for an ensemble), its covers in order and who is
 * signed off as ready in it (character id to the sign-off).
 */
public record PartLine(long id, long version, long danceNumberId, String name, String seedKey, int dancerCount,
                       Long firstCastId, List<Long> coverIds, Map<Long, SignOff> ready) {

    public PartLine {
        coverIds = List.copyOf(coverIds);
        ready = Map.copyOf(ready);
    }

    /** The part's name as shown: a seeded part's in the reader's language (record 054), a given one as typed. */
    public SeededName.Text label() {
        return text(name, seedKey);
    }

    /** The part's name as a screen in {@code locale} writes it. */
    public String displayName(Locale locale) {
        return label().in(Messages.bundled(), locale);
    }

    /** A part's name as a message argument or a label, from its stored name and seed key. */
    public static SeededName.Text text(String name, String seedKey) {
        return new SeededName.Text("dance.part.seeded", seedKey, name);
    }

    /** Who signed a dancer off as ready, and when. */
    public record SignOff(String by, Instant at) {
    }

    /** The part's dancers in the order they are proposed: first cast, then the covers. */
    public List<Long> castList() {
        return firstCastId == null ? coverIds
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(firstCastId), coverIds.stream()).toList();
    }

    /** Whether a dancer is signed off as ready in this part. */
    public boolean isReady(long characterId) {
        return ready.containsKey(characterId);
    }
}
