package app.coulisse.dance.readiness;

import app.coulisse.dance.NoGoReason;
import app.coulisse.dance.ReadinessRule;
import app.coulisse.dance.ReadinessScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every part of a number has enough dancers signed off as ready in it among those called that day: its ready first
 * cast or a ready cover for a named part, as many ready dancers as the ensemble counts for an anonymous one.
 */
@Component
@Order(30)
class PartsReadinessRule implements ReadinessRule {

    private final PartsService partsService;

    PartsReadinessRule(PartsService partsService) {
        this.partsService = partsService;
    }

    @Override
    public Check load(ReadinessScope scope) {
        Map<Long, List<PartLine>> byNumber = partsService.parts(scope.danceNumberIds()).stream()
                .collect(Collectors.groupingBy(PartLine::danceNumberId));
        return (danceNumberId, day) -> reasons(byNumber.getOrDefault(danceNumberId, List.of()),
                scope.dancersCalledOn(day));
    }

    static List<NoGoReason> reasons(List<PartLine> parts, Set<Long> called) {
        List<NoGoReason> reasons = new ArrayList<>();
        for (PartLine part : parts) {
            long ready = part.ready().keySet().stream().filter(called::contains).count();
            if (ready >= part.dancerCount()) {
                continue;
            }
            reasons.add(part.dancerCount() == 1 ? NoGoReason.of("dance.readiness.part-not-ready", part.label())
                    : NoGoReason.of("dance.readiness.ensemble-short", part.label(), ready, part.dancerCount()));
        }
        return reasons;
    }
}
