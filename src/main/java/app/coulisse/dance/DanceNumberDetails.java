package app.coulisse.dance;

import java.math.BigDecimal;
import java.util.List;

/** Every field of a dance number as plain values, with its principal dancers, for exports. */
public record DanceNumberDetails(long id, String title, String style, String choreographer, String composer,
                                 String piece, String musicCue, MusicSource musicSource, String companyName,
                                 Integer durationSeconds, int ensembleSize, BigDecimal rehearsalHours, String costumeNotes,
                                 Integer shoesPerDancer, String props, List<Dancer> principalDancers) {

    /** A principal dancer by cast ID and name. */
    public record Dancer(long characterId, int castId, String name) {
    }
}
