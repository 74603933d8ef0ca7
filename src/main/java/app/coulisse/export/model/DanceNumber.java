package app.coulisse.export.model;

import app.coulisse.dance.MusicSource;
import java.util.List;

/**
 * A dance number of the series. Text fields may be empty but not null.
 *
 * @param id                    a stable key that scenes use to refer to the number
 * @param principalCastIds      the principal dancers, by cast ID
 * @param musicSource           may be null when not decided yet
 */
public record DanceNumber(long id, String title, String style, String choreographer, String composer,
                          String piece, String cue, MusicSource musicSource, String company,
                          int durationSeconds, List<Integer> principalCastIds, int ensembleSize,
                          double rehearsalHours, String costumeNotes, int shoesPerDancer, String props) {

    public DanceNumber {
        principalCastIds = List.copyOf(principalCastIds);
    }
}
