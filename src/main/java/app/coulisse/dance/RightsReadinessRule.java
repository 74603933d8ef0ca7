package app.coulisse.dance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A licensed choreography is shot only under an approved licence whose term holds the day (record 055); a number
 * without a licence status is the production's own choreography and needs none.
 */
@Component
class RightsReadinessRule implements ReadinessRule {

    private final RightsAndMusicRepository rights;

    RightsReadinessRule(RightsAndMusicRepository rights) {
        this.rights = rights;
    }

    @Override
    public Check load(ReadinessScope scope) {
        List<Terms> terms = scope.danceNumberIds().isEmpty() ? List.of() : rights.terms(scope.danceNumberIds());
        return new Loaded(terms.stream().collect(Collectors.toMap(Terms::danceNumberId, Function.identity())));
    }

    /** A number's licence as readiness reads it. */
    record Terms(long danceNumberId, RightsStatus status, LocalDate start, LocalDate end) {
    }

    /** The licences of the numbers in scope. */
    record Loaded(Map<Long, Terms> terms) implements Check {

        @Override
        public List<NoGoReason> reasons(long danceNumberId, LocalDate day) {
            Terms licence = terms.get(danceNumberId);
            if (licence == null || licence.status() == null) {
                return List.of();
            }
            if (licence.status() != RightsStatus.APPROVED) {
                return List.of(NoGoReason.of("readiness.rights." + licence.status().name()));
            }
            if (licence.start() != null && day.isBefore(licence.start())) {
                return List.of(NoGoReason.of("readiness.rights.before-term", licence.start()));
            }
            if (licence.end() != null && day.isAfter(licence.end())) {
                return List.of(NoGoReason.of("readiness.rights.after-term", licence.end()));
            }
            return List.of();
        }
    }
}
