package app.coulisse.dance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every costume piece a number needs is built (built = quantity) before it is shot or rehearsed in costume. A piece
 * short on a day before its due date is late for that day, and the reason says when it is due.
 */
@Component
class CostumeReadinessRule implements ReadinessRule {

    private final CostumePieceRepository pieces;

    CostumeReadinessRule(CostumePieceRepository pieces) {
        this.pieces = pieces;
    }

    @Override
    public Check load(ReadinessScope scope) {
        List<Unbuilt> unbuilt = scope.danceNumberIds().isEmpty() ? List.of() : pieces.unbuilt(scope.danceNumberIds());
        return new Loaded(unbuilt.stream().collect(Collectors.groupingBy(Unbuilt::danceNumberId)));
    }

    /** A piece with fewer built than needed. */
    record Unbuilt(long danceNumberId, String name, int built, int quantity, LocalDate due) {
    }

    /** The unbuilt pieces of the numbers in scope, by number. */
    record Loaded(Map<Long, List<Unbuilt>> unbuilt) implements Check {

        @Override
        public List<NoGoReason> reasons(long danceNumberId, LocalDate day) {
            return unbuilt.getOrDefault(danceNumberId, List.of()).stream()
                    .map(piece -> CostumePiece.dueAfter(piece.due(), day)
                            ? NoGoReason.of("readiness.costume.late", piece.name(), piece.built(), piece.quantity(),
                            piece.due())
                            : NoGoReason.of("readiness.costume.not-built", piece.name(), piece.built(),
                            piece.quantity()))
                    .toList();
        }
    }
}
