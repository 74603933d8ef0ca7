package app.coulisse.dance;

import java.math.BigDecimal;
import java.util.Set;

/** What a dance number is created or changed with; the duration is in seconds (see {@link DanceDuration}). */
public record DanceNumberDraft(String title, String style, String choreographer, String composer, String piece,
                               String musicCue, MusicSource musicSource, Long companyId, Integer durationSeconds,
                               Set<Long> principalDancerIds, int ensembleSize, BigDecimal rehearsalHours,
                               String costumeNotes, Integer shoesPerDancer, String props) {

    /** A draft with a title only, as the tagging field creates one: no music source until someone chooses. */
    public static DanceNumberDraft titled(String title) {
        return new DanceNumberDraft(title, null, null, null, null, null, null, null, null, Set.of(),
                0, BigDecimal.ZERO, null, null, null);
    }
}
