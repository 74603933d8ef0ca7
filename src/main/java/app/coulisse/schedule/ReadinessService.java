package app.coulisse.schedule;

import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.readiness.AvailabilityService;
import app.coulisse.dance.readiness.DancerOut;
import app.coulisse.dance.NoGoReason;
import app.coulisse.dance.ReadinessRule;
import app.coulisse.dance.ReadinessScope;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readiness engine (record 054): builds a season's {@link ReadinessScope} from its plan — the numbers on the
 * board and, per date, the dancers called (covers in, dancers out taken away) — loads every {@link ReadinessRule}
 * once, and asks each for every number on every shoot day it is on.
 */
@Service
public class ReadinessService {

    private final SeasonService seasonService;
    private final ProductionPlanService planService;
    private final CastService castService;
    private final AvailabilityService availabilityService;
    private final List<ReadinessRule> rules;
    private final StripPlacementRepository placements;
    private final RehearsalCallRepository calls;

    ReadinessService(SeasonService seasonService, ProductionPlanService planService, CastService castService,
                     AvailabilityService availabilityService, List<ReadinessRule> rules,
                     StripPlacementRepository placements, RehearsalCallRepository calls) {
        this.seasonService = seasonService;
        this.planService = planService;
        this.castService = castService;
        this.availabilityService = availabilityService;
        this.rules = List.copyOf(rules);
        this.placements = placements;
        this.calls = calls;
    }

    /**
     * The first shoot or rehearsal day that needs a dance number, in any season (what its costume pieces are due
     * against); empty while it is on none.
     */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Optional<LocalDate> firstDayNeeded(long danceNumberId) {
        return Stream.of(placements.firstShootDay(danceNumberId), calls.firstRehearsal(danceNumberId))
                .flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    /** Go or no go for every number on every shoot day of a season, with the reasons. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public SeasonReadiness readiness(int seasonNumber) {
        return readiness(planService.plan(seasonNumber));
    }

    /** The same, for a plan already read (the board and the workbook have one). */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public SeasonReadiness readiness(ProductionPlan plan) {
        Map<Integer, Long> characterIds = new HashMap<>();
        for (StoryCharacter character : castService.characters()) {
            if (character.getCastId() != null) {
                characterIds.put(character.getCastId(), character.getId());
            }
        }
        List<DancerOut> outs = availabilityService.dancersOut();
        Map<LocalDate, Set<Long>> called = new HashMap<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        Set<Map.Entry<Long, LocalDate>> shot = new LinkedHashSet<>();
        for (ProductionPlan.BoardDay day : plan.days()) {
            for (ProductionPlan.Strip strip : day.strips()) {
                addCalled(called, day.date(), strip.castIds(), characterIds);
                if (day.type() != DayType.SHOOT) {
                    continue;
                }
                for (int i = 0; i < strip.danceNumberIds().size(); i++) {
                    long numberId = strip.danceNumberIds().get(i);
                    titles.putIfAbsent(numberId, strip.danceTitles().get(i));
                    shot.add(Map.entry(numberId, day.date()));
                }
            }
        }
        plan.calls().forEach(call -> addCalled(called, call.date(), call.castIds(), characterIds));
        called.forEach((date, dancers) -> outs.stream().filter(out -> out.covers(date))
                .forEach(out -> dancers.remove(out.characterId())));

        ReadinessScope scope = new ReadinessScope(seasonService.season(plan.seasonNumber()).getId(), titles.keySet(),
                called);
        List<ReadinessRule.Check> checks = rules.stream().map(rule -> rule.load(scope)).toList();
        return new SeasonReadiness(plan.seasonNumber(), shot.stream().sorted(Map.Entry.<Long, LocalDate>comparingByValue()
                .thenComparing(e -> titles.get(e.getKey()))).map(numberDay -> {
            List<NoGoReason> reasons = checks.stream()
                    .flatMap(check -> check.reasons(numberDay.getKey(), numberDay.getValue()).stream()).toList();
            return new SeasonReadiness.NumberDay(numberDay.getKey(), titles.get(numberDay.getKey()),
                    numberDay.getValue(), reasons);
        }).toList());
    }

    private static void addCalled(Map<LocalDate, Set<Long>> called, LocalDate date, Collection<Integer> castIds,
                                  Map<Integer, Long> characterIds) {
        Set<Long> dancers = called.computeIfAbsent(date, d -> new HashSet<>());
        castIds.stream().map(characterIds::get).filter(Objects::nonNull).forEach(dancers::add);
    }
}
