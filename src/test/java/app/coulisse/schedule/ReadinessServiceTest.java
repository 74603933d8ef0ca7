package app.coulisse.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.dance.CostumePiece;
import app.coulisse.dance.CostumeService;
import app.coulisse.dance.NoGoReason;
import app.coulisse.dance.readiness.AvailabilityService;
import app.coulisse.dance.readiness.PartDraft;
import app.coulisse.dance.readiness.PartLine;
import app.coulisse.dance.readiness.PartsService;
import app.coulisse.outline.OutlineService;
import app.coulisse.season.SeasonService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Go or no go of a number on a shoot day through the services (record 054): the parts rule fails alone when no
 * ready dancer of a part is called, a dancer out takes their readiness away, and one action puts the cover in.
 */
class ReadinessServiceTest extends SpringAppTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 3);
    private static final String PART = "Test principal";

    @Autowired
    ShootDayService shootDays;
    @Autowired
    StripboardService stripboard;
    @Autowired
    RehearsalService rehearsals;
    @Autowired
    ProductionPlanService plans;
    @Autowired
    ReadinessService readiness;
    @Autowired
    DancerOutService dancerOut;
    @Autowired
    PartsService parts;
    @Autowired
    AvailabilityService availability;
    @Autowired
    SeasonService seasonService;
    @Autowired
    CastService castService;
    @Autowired
    CostumeService costumes;
    @Autowired
    OutlineService outline;
    @Autowired
    StripPlacementRepository placements;

    int season;
    long numberId;
    long firstCast;
    long cover;
    long partId;

    @BeforeEach
    void aNumberShotOnADayWithAPart() {
        actAs("production", "PRODUCTION");
        season = seasonService.currentSeason().getNumber();
        ShootUnit unit = shootDays.addUnit(season, "Readiness unit", "#FFAB91", "fr", ShootUnit.DEFAULT_TIME_ZONE,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        ShootDay day = shootDays.addDay(unit.getId(), DAY, DayType.SHOOT);
        ProductionPlan.Strip strip = plans.plan(season).boneyard().stream()
                .filter(s -> !s.danceNumberIds().isEmpty() && !s.castIds().isEmpty()).findFirst().orElseThrow();
        stripboard.moveStrips(List.of(strip.ref()), day.getId(), -1);
        numberId = strip.danceNumberIds().getFirst();
        Map<Integer, Long> byCastId = castService.characters().stream()
                .collect(Collectors.toMap(StoryCharacter::getCastId, StoryCharacter::getId));
        firstCast = byCastId.get(strip.castIds().getFirst());
        cover = castService.characters().stream().filter(c -> !strip.castIds().contains(c.getCastId()))
                .findFirst().orElseThrow().getId();
        partId = parts.addPart(numberId, new PartDraft(PART, 1, firstCast, List.of(cover)));
    }

    private List<NoGoReason> reasons() {
        return readiness.readiness(season).of(numberId, DAY).orElseThrow().reasons();
    }

    private static NoGoReason notReady() {
        return NoGoReason.of("dance.readiness.part-not-ready", PartLine.text(PART, null));
    }

    @Test
    void a_part_without_a_ready_dancer_called_is_no_go_and_a_signed_off_first_cast_makes_it_go() {
        assertThat(reasons()).contains(notReady());
        parts.signOff(partId, firstCast);
        assertThat(reasons()).doesNotContain(notReady());
        PartLine line = parts.parts(numberId).stream().filter(p -> p.id() == partId).findFirst().orElseThrow();
        assertThat(line.ready().get(firstCast).by()).isEqualTo("production");
        parts.takeBack(partId, firstCast);
        assertThat(reasons()).contains(notReady());
    }

    @Test
    void a_ready_cover_counts_only_when_called_that_day() {
        parts.signOff(partId, cover);
        assertThat(reasons()).contains(notReady());
        rehearsals.addRehearsalCall(season, numberId, new CallDraft(DAY, LocalTime.of(7, 0), 60, "A", null, false,
                Set.of(cover), null));
        assertThat(reasons()).doesNotContain(notReady());
    }

    @Test
    void an_ensemble_needs_as_many_ready_dancers_called_as_it_counts() {
        long ensemble = parts.addPart(numberId, new PartDraft("Test corps", 2, null, List.of(firstCast, cover)));
        parts.signOff(ensemble, firstCast);
        assertThat(reasons())
                .contains(NoGoReason.of("dance.readiness.ensemble-short", PartLine.text("Test corps", null), 1L, 2));
    }

    @Test
    void a_dancer_out_is_not_called_and_the_cover_goes_in_with_one_action_and_comes_out_with_undo() {
        parts.signOff(partId, firstCast);
        parts.signOff(partId, cover);
        long out = availability.markOut(firstCast, DAY.minusDays(1), DAY.plusDays(5), "personal");
        assertThat(reasons()).contains(notReady());

        DancerOutImpact impact = dancerOut.impact(season, out);
        assertThat(impact.shootDays()).extracting(DancerOutImpact.Day::date).containsExactly(DAY);
        DancerOutImpact.AffectedPart affected = impact.parts().stream().filter(p -> p.partId() == partId)
                .findFirst().orElseThrow();
        assertThat(affected.proposed().characterId()).isEqualTo(cover);
        assertThat(affected.proposed().ready()).isTrue();

        dancerOut.putCoversIn(season, out);
        assertThat(reasons()).doesNotContain(notReady());
        int coverCastId = castService.character(cover).getCastId();
        assertThat(plans.plan(season).dayOutOfDays().rows().stream().filter(r -> r.castId() == coverCastId)
                .findFirst().orElseThrow().on(DAY)).isNotNull();
        assertThat(dancerOut.impact(season, out).parts().stream().filter(p -> p.partId() == partId).findFirst()
                .orElseThrow().standingIn().characterId()).isEqualTo(cover);

        availability.undo(out);
        assertThat(reasons()).contains(notReady());
        assertThat(availability.history(out)).singleElement()
                .satisfies(line -> assertThat(line.undoneBy()).isEqualTo("production"));
    }

    @Test
    void a_not_ready_cover_is_proposed_with_the_hours_still_to_rehearse() {
        long out = availability.markOut(firstCast, DAY, DAY, null);
        DancerOutImpact.Cover proposed = dancerOut.impact(season, out).parts().stream()
                .filter(p -> p.partId() == partId).findFirst().orElseThrow().proposed();
        assertThat(proposed.characterId()).isEqualTo(cover);
        assertThat(proposed.ready()).isFalse();
        assertThat(proposed.hoursNeeded()).isPositive();
        RehearsalCall call = rehearsals.addRehearsalCall(season, numberId, new CallDraft(DAY.minusDays(7),
                LocalTime.of(10, 0), 90, "A", null, false, Set.of(cover), null));
        rehearsals.rehearseParts(call.getId(), Set.of(partId));
        DancerOutImpact.Cover after = dancerOut.impact(season, out).parts().stream()
                .filter(p -> p.partId() == partId).findFirst().orElseThrow().proposed();
        assertThat(after.hoursNeeded()).isEqualByComparingTo(proposed.hoursNeeded().subtract(
                proposed.hoursNeeded().min(new java.math.BigDecimal("1.5"))));
    }

    @Test
    void a_cover_who_is_the_first_cast_and_a_range_ending_before_it_starts_are_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> parts.updatePart(partId, partLine().version(),
                new PartDraft(PART, 1, firstCast, List.of(firstCast))))
                .isInstanceOf(DomainException.class).hasMessage("dance.part.cover-is-first-cast");
        assertThat(partLine().coverIds()).containsExactly(cover);
        assertThatThrownBy(() -> parts.addPart(numberId, new PartDraft("Other", 1, cover, List.of(cover))))
                .isInstanceOf(DomainException.class).hasMessage("dance.part.cover-is-first-cast");
        int outs = availability.dancersOut().size();
        assertThatThrownBy(() -> availability.markOut(firstCast, DAY, DAY.minusDays(1), null))
                .isInstanceOf(DomainException.class).hasMessage("dance.out.range-reversed");
        assertThat(availability.dancersOut()).hasSize(outs);
    }

    @Test
    void a_cut_scene_left_on_its_day_no_longer_makes_its_number_needed_then() {
        ProductionPlan before = plans.plan(season);
        LocalDate first = firstShootDay(before).orElseThrow();
        assertThat(placements.firstShootDay(numberId)).contains(first);
        List<Long> cutThatDay = before.days().stream().filter(d -> d.date().equals(first))
                .flatMap(d -> d.strips().stream()).filter(s -> s.danceNumberIds().contains(numberId))
                .map(ProductionPlan.Strip::sceneId).toList();
        actAs("showrunner", "SHOWRUNNER");
        cutThatDay.forEach(outline::omitScene);
        actAs("production", "PRODUCTION");

        ProductionPlan after = plans.plan(season);
        assertThat(after.removed()).extracting(ProductionPlan.Strip::sceneId).containsAll(cutThatDay);
        assertThat(placements.firstShootDay(numberId)).as("as the plan reads it: the cut scene's strip is removed")
                .isEqualTo(firstShootDay(after)).isNotEqualTo(Optional.of(first));
        assertThat(readiness.firstDayNeeded(numberId)).isEqualTo(firstDayNeeded(after));
    }

    /** The first shoot day of the number, as the plan places its strips. */
    private Optional<LocalDate> firstShootDay(ProductionPlan plan) {
        return plan.days().stream().filter(d -> d.type() == DayType.SHOOT && d.strips().stream()
                .anyMatch(s -> s.danceNumberIds().contains(numberId))).map(ProductionPlan.BoardDay::date)
                .min(LocalDate::compareTo);
    }

    /** The first shoot or rehearsal day of the number, as the plan places its strips and calls. */
    private Optional<LocalDate> firstDayNeeded(ProductionPlan plan) {
        return java.util.stream.Stream.concat(firstShootDay(plan).stream(),
                plan.calls().stream().filter(c -> c.numberId() == numberId).map(ProductionPlan.Call::date))
                .min(LocalDate::compareTo);
    }

    @Test
    void the_first_day_a_number_is_needed_is_its_first_shoot_or_rehearsal_day_and_a_piece_due_later_is_late_then() {
        LocalDate firstOnThePlan = firstDayNeeded(plans.plan(season)).orElseThrow();
        assertThat(readiness.firstDayNeeded(numberId)).contains(firstOnThePlan);
        LocalDate rehearsal = firstOnThePlan.minusDays(10);
        rehearsals.addRehearsalCall(season, numberId, new CallDraft(rehearsal, LocalTime.of(10, 0), 60, "A", null,
                false, Set.of(firstCast), null));
        assertThat(readiness.firstDayNeeded(numberId)).contains(rehearsal);

        CostumePiece tutu = new CostumePiece(null);
        tutu.setName("Test tutu");
        tutu.setQuantity(2);
        tutu.setDueDate(DAY.plusDays(1));
        costumes.savePiece(numberId, null, 0, tutu);
        assertThat(reasons()).contains(NoGoReason.of("readiness.costume.late", "Test tutu", 0, 2, DAY.plusDays(1)));
    }

    @Test
    void writers_read_readiness_but_neither_sign_off_nor_mark_a_dancer_out() {
        actAs("writer", "WRITER");
        assertThat(readiness.readiness(season).of(numberId, DAY)).isPresent();
        assertThatThrownBy(() -> parts.signOff(partId, firstCast))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> availability.markOut(firstCast, DAY, DAY, null))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    private PartLine partLine() {
        return parts.parts(numberId).stream().filter(p -> p.id() == partId).findFirst().orElseThrow();
    }
}
