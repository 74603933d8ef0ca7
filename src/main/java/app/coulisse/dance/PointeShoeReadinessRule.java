package app.coulisse.dance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Enough pointe shoes are in: the pairs received cover the pairs needed (shoes per dancer × everyone dancing). */
@Component
class PointeShoeReadinessRule implements ReadinessRule {

    private final PointeShoesRepository shoes;

    PointeShoeReadinessRule(PointeShoesRepository shoes) {
        this.shoes = shoes;
    }

    @Override
    public Check load(ReadinessScope scope) {
        List<Pairs> pairs = scope.danceNumberIds().isEmpty() ? List.of() : shoes.pairs(scope.danceNumberIds());
        return new Loaded(pairs.stream().collect(Collectors.toMap(Pairs::danceNumberId, Function.identity())));
    }

    /** A number's pairs: what its dancers need, and what was received (null before any delivery). */
    record Pairs(long danceNumberId, Integer shoesPerDancer, long principals, int ensembleSize, Integer received) {

        int needed() {
            return PointeShoes.pairsNeeded(shoesPerDancer, Math.toIntExact(principals), ensembleSize);
        }

        int receivedSoFar() {
            return received == null ? 0 : received;
        }
    }

    /** The pairs of the numbers in scope. */
    record Loaded(Map<Long, Pairs> pairs) implements Check {

        @Override
        public List<NoGoReason> reasons(long danceNumberId, LocalDate day) {
            Pairs number = pairs.get(danceNumberId);
            if (number == null || number.receivedSoFar() >= number.needed()) {
                return List.of();
            }
            return List.of(NoGoReason.of("readiness.shoes.short", number.receivedSoFar(), number.needed()));
        }
    }
}
