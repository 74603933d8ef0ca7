package app.coulisse.schedule;

import app.coulisse.core.SeededName;
import app.coulisse.dance.readiness.CoverInLine;
import app.coulisse.dance.readiness.DancerOut;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a dancer's absence touches in a season: the shoot days and rehearsal calls inside it, each part they are cast
 * in of a number shot or rehearsed then, with the cover proposed for it, and the covers put in so far (record 054).
 */
public record DancerOutImpact(DancerOut out, List<Day> shootDays, List<ProductionPlan.Call> calls,
                              List<AffectedPart> parts, List<CoverInLine> history) {

    public DancerOutImpact {
        shootDays = List.copyOf(shootDays);
        calls = List.copyOf(calls);
        parts = List.copyOf(parts);
        history = List.copyOf(history);
    }

    /** A shoot day inside the absence with the strips it touches. */
    public record Day(long dayId, LocalDate date, String unitName, int number, List<String> strips) {
    }

    /**
     * A part touched, with the cover proposed (null: nobody can go in), whether that cover is ready, the hours
     * they still need when not, and the cover standing in now (null: none).
     */
    public record AffectedPart(long partId, SeededName.Text partName, long danceNumberId, String numberTitle,
                               Cover proposed, Cover standingIn) {
    }

    /** A cover: character, label, whether signed off ready, and the hours still to rehearse (zero when ready). */
    public record Cover(long characterId, String label, boolean ready, BigDecimal hoursNeeded) {
    }

    /** Whether covers are standing in for this absence: the one action was taken and not undone. */
    public boolean coversIn() {
        return history.stream().anyMatch(line -> line.undoneAt() == null);
    }
}
