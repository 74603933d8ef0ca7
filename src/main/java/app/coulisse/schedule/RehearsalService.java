package app.coulisse.schedule;

import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.core.DomainValidation;
import app.coulisse.core.NotFoundException;
import app.coulisse.core.Versions;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.readiness.DancePart;
import app.coulisse.season.Season;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rehearsal calls per dance number and fitting calls per performer, for a season. */
@Service
@Transactional
public class RehearsalService {

    private final SeasonService seasonService;
    private final RehearsalCallRepository calls;
    private final FittingCallRepository fittings;
    private final ShootUnitRepository units;
    private final DomainValidation validation;

    RehearsalService(SeasonService seasonService, RehearsalCallRepository calls, FittingCallRepository fittings,
                     ShootUnitRepository units, DomainValidation validation) {
        this.seasonService = seasonService;
        this.calls = calls;
        this.fittings = fittings;
        this.units = units;
        this.validation = validation;
    }

    /** The season's rehearsal calls by date and start, with their numbers and dancers. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<RehearsalCall> rehearsalCalls(int seasonNumber) {
        return calls.bySeason(seasonService.season(seasonNumber));
    }

    /** The season's fitting calls by date and start. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<FittingCall> fittingCalls(int seasonNumber) {
        return fittings.bySeason(seasonService.season(seasonNumber));
    }

    /** Who a new call of a number calls by default: its principal dancers. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Set<StoryCharacter> defaultDancers(long danceNumberId) {
        return new LinkedHashSet<>(number(danceNumberId).getPrincipalDancers());
    }

    /** Calls a number's rehearsal; refused without dancers, date or start, or of 0 h or over 12 h. */
    @PreAuthorize(Roles.CAN_PLAN)
    public RehearsalCall addRehearsalCall(int seasonNumber, long danceNumberId, CallDraft draft) {
        Season season = seasonService.season(seasonNumber);
        DanceNumber number = number(danceNumberId);
        Set<StoryCharacter> dancers = checked(draft);
        return calls.saveAndFlush(new RehearsalCall(season, number, draft, unit(season, draft.unitId()), dancers));
    }

    /** Calls a number's rehearsal naming the parts it rehearses (record 054), in one transaction; refused alike. */
    @PreAuthorize(Roles.CAN_PLAN)
    public RehearsalCall addRehearsalCall(int seasonNumber, long danceNumberId, CallDraft draft, Set<Long> partIds) {
        RehearsalCall call = addRehearsalCall(seasonNumber, danceNumberId, draft);
        rehearseParts(call.getId(), partIds);
        return call;
    }

    /** Changes a call, refused when someone changed it since {@code loadedVersion}. */
    @PreAuthorize(Roles.CAN_PLAN)
    public RehearsalCall updateRehearsalCall(long callId, long loadedVersion, CallDraft draft) {
        RehearsalCall call = calls.findById(callId)
                .orElseThrow(() -> new NotFoundException("schedule.call.not-found", callId));
        Versions.require(call.getVersion(), loadedVersion, "schedule.call.changed-meanwhile");
        Set<StoryCharacter> dancers = checked(draft);
        call.apply(draft, unit(call.getSeason(), draft.unitId()), dancers);
        return call;
    }

    /** Names the parts a call rehearses; refused for a part of another number. */
    @PreAuthorize(Roles.CAN_PLAN)
    public void rehearseParts(long callId, Set<Long> partIds) {
        RehearsalCall call = calls.findById(callId)
                .orElseThrow(() -> new NotFoundException("schedule.call.not-found", callId));
        List<DancePart> named = partIds.isEmpty() ? List.of() : calls.parts(partIds);
        if (named.size() < partIds.size() || named.stream()
                .anyMatch(part -> !part.getDanceNumber().getId().equals(call.getDanceNumber().getId()))) {
            throw new DomainException("schedule.call.part-of-another-number");
        }
        call.getParts().clear();
        call.getParts().addAll(named);
    }

    /** Minutes rehearsed per part and dancer, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<PartMinutes> rehearsedMinutes(Collection<Long> partIds) {
        return partIds.isEmpty() ? List.of() : calls.minutesByPartAndDancer(partIds);
    }

    /** Cancels a rehearsal call. */
    @PreAuthorize(Roles.CAN_PLAN)
    public void deleteRehearsalCall(long callId) {
        calls.findById(callId).ifPresent(calls::delete);
    }

    /**
     * Calls a performer to a fitting at a unit (null: the season's first); refused without date or start, of 0 h or
     * over 12 h, or with a note over 200 characters.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    public FittingCall addFittingCall(int seasonNumber, long characterId, Long unitId, LocalDate date, LocalTime start,
                                      int lengthMinutes, String note) {
        Season season = seasonService.season(seasonNumber);
        CallDraft.checkTime(date, start, lengthMinutes);
        String kept = note == null || note.isBlank() ? null : note.strip();
        StoryCharacter character = calls.characters(List.of(characterId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("character.not-found", characterId));
        return fittings.saveAndFlush(validation.check(new FittingCall(season, character, unit(season, unitId), date,
                start, lengthMinutes, kept)));
    }

    /** Cancels a fitting call. */
    @PreAuthorize(Roles.CAN_PLAN)
    public void deleteFittingCall(long fittingId) {
        fittings.findById(fittingId).ifPresent(fittings::delete);
    }

    private Set<StoryCharacter> checked(CallDraft draft) {
        draft.check();
        if (draft.dancerIds().isEmpty()) {
            throw new DomainException("schedule.call.no-dancers");
        }
        return new LinkedHashSet<>(calls.characters(draft.dancerIds()));
    }

    /** The season's unit a call is at; none when the form leaves it empty. */
    private ShootUnit unit(Season season, Long unitId) {
        if (unitId == null) {
            return null;
        }
        return units.findById(unitId).filter(unit -> unit.getSeason().getId().equals(season.getId()))
                .orElseThrow(() -> new NotFoundException("schedule.unit.not-found", unitId));
    }

    private DanceNumber number(long danceNumberId) {
        return calls.numberWithDancers(danceNumberId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("dance.not-found", danceNumberId));
    }
}
