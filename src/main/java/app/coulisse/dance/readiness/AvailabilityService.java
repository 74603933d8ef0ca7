package app.coulisse.dance.readiness;

import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.core.DomainValidation;
import app.coulisse.core.NotFoundException;
import app.coulisse.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.AuditorAware;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dancers out for a date range, and the covers put in for those days, undoable (record 054). */
@Service
@Transactional
public class AvailabilityService {

    private final CastService castService;
    private final UnavailabilityRepository outs;
    private final CoverInRepository coversIn;
    private final DancePartRepository parts;
    private final DomainValidation validation;
    private final AuditorAware<String> auditor;

    AvailabilityService(CastService castService, UnavailabilityRepository outs, CoverInRepository coversIn,
                        DancePartRepository parts, DomainValidation validation, AuditorAware<String> auditor) {
        this.castService = castService;
        this.outs = outs;
        this.coversIn = coversIn;
        this.parts = parts;
        this.validation = validation;
        this.auditor = auditor;
    }

    /** Marks a dancer out from one date to another, both included; refused without dates or ending before it starts. */
    @PreAuthorize(Roles.CAN_PLAN)
    public long markOut(long characterId, LocalDate from, LocalDate to, String reason) {
        if (from == null || to == null) {
            throw new DomainException("dance.out.dates-required");
        }
        if (to.isBefore(from)) {
            throw new DomainException("dance.out.range-reversed");
        }
        StoryCharacter dancer = castService.character(characterId);
        String kept = reason == null || reason.isBlank() ? null : reason.strip();
        return outs.saveAndFlush(validation.check(new DancerUnavailability(dancer, from, to, kept))).getId();
    }

    /**
     * Removes an absence entered by mistake: the covers standing in for it come out in the same action, and both are
     * kept in the history, by whom and when; 404 for none or one already removed.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    public void remove(long unavailabilityId) {
        DancerUnavailability out = present(unavailabilityId);
        Instant at = undoCovers(unavailabilityId);
        out.remove(currentUser(), at);
    }

    /**
     * Brings back an absence removed by mistake, as it was entered: it counts again everywhere. The covers that came
     * out with it stay out (the history keeps them) until someone puts them in again; refused for one not removed,
     * 404 for none.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    public void restore(long unavailabilityId) {
        DancerUnavailability out = entered(unavailabilityId);
        if (!out.isRemoved()) {
            throw new DomainException("dance.out.not-removed");
        }
        out.restore();
    }

    /** The absences removed as entered by mistake, the latest first, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<RemovedOut> removed() {
        return outs.removed();
    }

    /** Every dancer marked out, by first date, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<DancerOut> dancersOut() {
        return outs.all();
    }

    /** One absence. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public DancerOut dancerOut(long unavailabilityId) {
        return outs.all().stream().filter(out -> out.id() == unavailabilityId).findFirst()
                .orElseThrow(() -> new NotFoundException("dance.out.not-found", unavailabilityId));
    }

    /** The covers standing in now, in one statement: what the plan, the DOOD and readiness apply. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<CoverInLine> coversIn() {
        return coversIn.active();
    }

    /** Every cover put in for an absence, undone ones too: its history. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<CoverInLine> history(long unavailabilityId) {
        return coversIn.history(unavailabilityId);
    }

    /**
     * Puts covers in (part id to cover's character id) for the days of an absence, in one action; refused when
     * covers already stand in for it, or for a dancer who is not a cover of the part.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    public void putIn(long unavailabilityId, Map<Long, Long> coverByPart) {
        DancerUnavailability out = present(unavailabilityId);
        if (!coversIn.activeOf(unavailabilityId).isEmpty()) {
            throw new DomainException("dance.out.already-in");
        }
        if (coverByPart.isEmpty()) {
            throw new DomainException("dance.out.no-cover");
        }
        List<CoverIn> made = coverByPart.entrySet().stream().map(entry -> {
            DancePart part = parts.findById(entry.getKey())
                    .orElseThrow(() -> new NotFoundException("dance.part.not-found", entry.getKey()));
            long coverId = entry.getValue();
            if (coverId == out.getDancer().getId() || !part.casts(coverId)) {
                throw new DomainException("dance.out.not-a-cover", castService.character(coverId).castLabel(),
                        part.label());
            }
            return new CoverIn(out, part, castService.character(coverId));
        }).toList();
        coversIn.saveAllAndFlush(made);
    }

    /**
     * Undoes the covers put in for an absence; the history keeps them, marked undone by whom and when; 404 for none
     * or a removed one.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    public void undo(long unavailabilityId) {
        present(unavailabilityId);
        undoCovers(unavailabilityId);
    }

    /** Marks the covers standing in for an absence undone, by the current user, now; answers when. */
    private Instant undoCovers(long unavailabilityId) {
        String by = currentUser();
        Instant at = Clock.systemUTC().instant();
        coversIn.activeOf(unavailabilityId).forEach(in -> in.undo(by, at));
        return at;
    }

    private String currentUser() {
        return auditor.getCurrentAuditor().orElse("system");
    }

    /** An absence that counts (not removed); 404 for none or a removed one. */
    private DancerUnavailability present(long unavailabilityId) {
        DancerUnavailability out = entered(unavailabilityId);
        if (out.isRemoved()) {
            throw new NotFoundException("dance.out.not-found", unavailabilityId);
        }
        return out;
    }

    /** An absence as entered, removed or not; 404 for none. */
    private DancerUnavailability entered(long unavailabilityId) {
        return outs.findById(unavailabilityId)
                .orElseThrow(() -> new NotFoundException("dance.out.not-found", unavailabilityId));
    }
}
