package app.coulisse.dance;

import java.math.BigDecimal;
/** A row of the dance-number catalog, with how many scenes it is in and how many principal dancers it has. */
public record DanceNumberSummary(long id, String title, String style, String choreographer, MusicSource musicSource,
                                 String companyName, Integer durationSeconds, int ensembleSize, BigDecimal rehearsalHours,
                                 long scenes, long principalDancers) {

    /** Everyone dancing it: the principals plus the ensemble. */
    public long totalDancers() {
        return DanceNumber.totalDancers(Math.toIntExact(principalDancers), ensembleSize);
    }
}
