package app.coulisse.schedule;

import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.dance.readiness.AvailabilityService;
import app.coulisse.dance.readiness.CoverInLine;
import app.coulisse.dance.readiness.DancerOut;
import app.coulisse.dance.readiness.PartLine;
import app.coulisse.dance.readiness.PartsService;
import app.coulisse.security.Roles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dancer out: what it touches in a season, the best cover for each part (record 054's order), and the one action
 * that puts those covers in for the days of the absence.
 */
@Service
@Transactional
public class DancerOutService {

    private final ProductionPlanService planService;
    private final PartsService partsService;
    private final AvailabilityService availabilityService;
    private final RehearsalService rehearsalService;
    private final CastService castService;

    DancerOutService(ProductionPlanService planService, PartsService partsService,
                     AvailabilityService availabilityService, RehearsalService rehearsalService,
                     CastService castService) {
        this.planService = planService;
        this.partsService = partsService;
        this.availabilityService = availabilityService;
        this.rehearsalService = rehearsalService;
        this.castService = castService;
    }

    /** The shoot days, calls and parts an absence touches in a season, each part with its proposed cover. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public DancerOutImpact impact(int seasonNumber, long unavailabilityId) {
        DancerOut out = availabilityService.dancerOut(unavailabilityId);
        ProductionPlan plan = planService.plan(seasonNumber);
        List<CoverInLine> history = availabilityService.history(unavailabilityId);
        Set<Long> coveredNumbers = history.stream().filter(line -> line.undoneAt() == null)
                .map(CoverInLine::danceNumberId).collect(Collectors.toSet());

        Set<Long> numbers = new LinkedHashSet<>();
        List<DancerOutImpact.Day> days = new ArrayList<>();
        for (ProductionPlan.BoardDay day : plan.days()) {
            if (day.type() != DayType.SHOOT || !out.covers(day.date())) {
                continue;
            }
            List<ProductionPlan.Strip> touched = day.strips().stream().filter(strip -> strip.castIds()
                    .contains(out.castId()) || strip.danceNumberIds().stream().anyMatch(coveredNumbers::contains))
                    .toList();
            if (!touched.isEmpty()) {
                touched.forEach(strip -> numbers.addAll(strip.danceNumberIds()));
                days.add(new DancerOutImpact.Day(day.id(), day.date(), day.unitName(), day.number(),
                        touched.stream().map(ProductionPlan.Strip::label).toList()));
            }
        }
        List<ProductionPlan.Call> calls = plan.calls().stream().filter(call -> out.covers(call.date())
                && (call.castIds().contains(out.castId()) || coveredNumbers.contains(call.numberId()))).toList();
        calls.forEach(call -> numbers.add(call.numberId()));

        Map<Long, String> titles = new LinkedHashMap<>();
        plan.rehearsals().balances().forEach(b -> titles.put(b.numberId(), b.title()));
        Map<Long, Integer> minutesNeeded = plan.rehearsals().balances().stream()
                .collect(Collectors.toMap(RehearsalPlan.Balance::numberId, RehearsalPlan.Balance::minutesNeeded,
                        (a, b) -> a));
        List<PartLine> parts = partsService.parts(numbers).stream()
                .filter(part -> part.castList().contains(out.characterId())).toList();
        Map<List<Long>, Long> minutes = rehearsalService.rehearsedMinutes(parts.stream().map(PartLine::id).toList())
                .stream().collect(Collectors.toMap(m -> List.of(m.partId(), m.characterId()), PartMinutes::minutes));
        Set<Long> alsoOut = availabilityService.dancersOut().stream().filter(other -> other.id() != out.id()
                && !other.to().isBefore(out.from()) && !other.from().isAfter(out.to()))
                .map(DancerOut::characterId).collect(Collectors.toSet());
        Map<Long, StoryCharacter> characters = castService.characters().stream()
                .collect(Collectors.toMap(StoryCharacter::getId, Function.identity()));

        List<DancerOutImpact.AffectedPart> affected = parts.stream().map(part -> {
            int needed = minutesNeeded.getOrDefault(part.danceNumberId(), 0);
            List<DancerOutImpact.Cover> candidates = part.castList().stream()
                    .filter(id -> id != out.characterId() && !alsoOut.contains(id))
                    .map(id -> cover(characters.get(id), part.isReady(id),
                            needed - minutes.getOrDefault(List.of(part.id(), id), 0L)))
                    .toList();
            DancerOutImpact.Cover standing = history.stream()
                    .filter(line -> line.undoneAt() == null && line.partId() == part.id()).findFirst()
                    .map(line -> candidates.stream().filter(c -> c.characterId() == line.coverCharacterId())
                            .findFirst().orElse(cover(characters.get(line.coverCharacterId()),
                                    part.isReady(line.coverCharacterId()), 0)))
                    .orElse(null);
            return new DancerOutImpact.AffectedPart(part.id(), part.label(), part.danceNumberId(),
                    titles.getOrDefault(part.danceNumberId(), ""), best(candidates), standing);
        }).toList();
        return new DancerOutImpact(out, days, calls, affected, history);
    }

    /** Puts the proposed cover in for every part the absence touches, as one action; refused when none can go in. */
    @PreAuthorize(Roles.CAN_PLAN)
    public DancerOutImpact putCoversIn(int seasonNumber, long unavailabilityId) {
        Map<Long, Long> coverByPart = new LinkedHashMap<>();
        impact(seasonNumber, unavailabilityId).parts().stream().filter(part -> part.proposed() != null)
                .forEach(part -> coverByPart.put(part.partId(), part.proposed().characterId()));
        if (coverByPart.isEmpty()) {
            throw new DomainException("dance.out.no-cover");
        }
        availabilityService.putIn(unavailabilityId, coverByPart);
        return impact(seasonNumber, unavailabilityId);
    }

    /**
     * The cover proposed: the first ready one in the part's order; with none ready, the one with the fewest hours
     * still to rehearse (the part's order breaks a tie); null with nobody left.
     */
    static DancerOutImpact.Cover best(List<DancerOutImpact.Cover> candidates) {
        return candidates.stream().filter(DancerOutImpact.Cover::ready).findFirst()
                .orElseGet(() -> candidates.stream().min(Comparator.comparing(DancerOutImpact.Cover::hoursNeeded))
                        .orElse(null));
    }

    private static DancerOutImpact.Cover cover(StoryCharacter dancer, boolean ready, long minutesStillNeeded) {
        BigDecimal hours = ready || minutesStillNeeded <= 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(minutesStillNeeded).divide(BigDecimal.valueOf(60), 2, RoundingMode.UP)
                .stripTrailingZeros();
        return new DancerOutImpact.Cover(dancer.getId(), dancer.castLabel(), ready, hours);
    }
}
