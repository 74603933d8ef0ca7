package app.coulisse.dance.readiness;

import app.coulisse.cast.CastService;
import app.coulisse.core.DomainException;
import app.coulisse.core.DomainValidation;
import app.coulisse.core.NotFoundException;
import app.coulisse.core.Versions;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceService;
import app.coulisse.security.Roles;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A number's parts, their first cast and covers, and the choreographer's sign-offs (record 054). */
@Service
@Transactional
public class PartsService {

    private final DanceService danceService;
    private final CastService castService;
    private final DancePartRepository parts;
    private final PartSignOffRepository signOffs;
    private final DomainValidation validation;

    PartsService(DanceService danceService, CastService castService, DancePartRepository parts,
                 PartSignOffRepository signOffs, DomainValidation validation) {
        this.danceService = danceService;
        this.castService = castService;
        this.parts = parts;
        this.signOffs = signOffs;
        this.validation = validation;
    }

    /** A number's parts in order, with covers and sign-offs. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<PartLine> parts(long danceNumberId) {
        return parts(List.of(danceNumberId));
    }

    /** The parts of many numbers in three statements, whatever their count. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<PartLine> parts(Collection<Long> danceNumberIds) {
        if (danceNumberIds.isEmpty()) {
            return List.of();
        }
        List<PartRow> rows = parts.parts(danceNumberIds);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> partIds = rows.stream().map(PartRow::id).toList();
        Map<Long, List<Long>> covers = parts.covers(partIds).stream().collect(Collectors.groupingBy(CoverRow::partId,
                Collectors.mapping(CoverRow::characterId, Collectors.toList())));
        Map<Long, Map<Long, PartLine.SignOff>> ready = new LinkedHashMap<>();
        signOffs.byParts(partIds).forEach(s -> ready.computeIfAbsent(s.getPartId(), id -> new LinkedHashMap<>())
                .put(s.getCharacterId(), new PartLine.SignOff(s.getSignedBy(), s.getSignedAt())));
        return rows.stream().map(row -> new PartLine(row.id(), row.version(), row.danceNumberId(), row.name(),
                row.seedKey(), row.dancerCount(), row.firstCastId(), covers.getOrDefault(row.id(), List.of()),
                ready.getOrDefault(row.id(), Map.of()))).toList();
    }

    /** Adds a part to a number; refused with an empty or taken name, or a cover who is the first cast. */
    @PreAuthorize(Roles.CAN_PLAN)
    public long addPart(long danceNumberId, PartDraft draft) {
        DanceNumber number = danceService.danceNumber(danceNumberId);
        DancePart part = new DancePart(number, parts.nextPosition(danceNumberId));
        String name = checkedName(draft);
        check(number, name, draft);
        if (parts.existsByDanceNumber_IdAndNameIgnoreCase(danceNumberId, name)) {
            throw new DomainException("dance.part.name.taken", name);
        }
        apply(part, name, draft);
        return parts.saveAndFlush(part).getId();
    }

    /**
     * Adds a part the app seeds (the demo's), under a key of the bundles ({@code dance.part.seeded.<key>}), so it
     * shows in the reader's language until someone renames it; refused as {@link #addPart} refuses.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    public long addSeededPart(long danceNumberId, PartDraft draft, String seedKey) {
        long id = addPart(danceNumberId, draft);
        part(id).seed(seedKey);
        return id;
    }

    /** Changes a part, refused when someone changed it since {@code loadedVersion}; drops sign-offs of dancers no longer cast. */
    @PreAuthorize(Roles.CAN_PLAN)
    public void updatePart(long partId, long loadedVersion, PartDraft draft) {
        DancePart part = part(partId);
        Versions.require(part.getVersion(), loadedVersion, "error.conflict");
        String name = checkedName(draft);
        check(part.getDanceNumber(), name, draft);
        if (parts.existsByDanceNumber_IdAndNameIgnoreCaseAndIdNot(part.getDanceNumber().getId(), name, partId)) {
            throw new DomainException("dance.part.name.taken", name);
        }
        part.getCovers().clear();
        parts.flush();
        apply(part, name, draft);
        parts.flush();
        Set<Long> cast = new HashSet<>(draft.coverIds());
        if (draft.firstCastId() != null) {
            cast.add(draft.firstCastId());
        }
        signOffs.deleteOthers(partId, cast.isEmpty() ? List.of(-1L) : cast);
    }

    /** Deletes a part with its covers and sign-offs. */
    @PreAuthorize(Roles.CAN_PLAN)
    public void deletePart(long partId) {
        parts.findById(partId).ifPresent(parts::delete);
    }

    /** Signs a dancer off as ready in a part (the signer and time are kept); refused for a dancer not cast in it. */
    @PreAuthorize(Roles.CAN_PLAN)
    public void signOff(long partId, long characterId) {
        DancePart part = part(partId);
        if (!part.casts(characterId)) {
            throw new DomainException("dance.part.not-cast", castService.character(characterId).castLabel(),
                    part.label());
        }
        if (signOffs.findByPartIdAndCharacterId(partId, characterId).isEmpty()) {
            signOffs.saveAndFlush(new PartSignOff(partId, characterId));
        }
    }

    /** Takes back a dancer's sign-off in a part. */
    @PreAuthorize(Roles.CAN_PLAN)
    public void takeBack(long partId, long characterId) {
        signOffs.findByPartIdAndCharacterId(partId, characterId).ifPresent(signOffs::delete);
    }

    private static String checkedName(PartDraft draft) {
        return draft.name() == null ? "" : draft.name().strip();
    }

    /**
     * Refuses a draft before anything changes: a cover who is the first cast or listed twice, an empty or over-long
     * name, a count out of range (checked on a detached copy, so a refused part stays as it was).
     */
    private void check(DanceNumber number, String name, PartDraft draft) {
        if (draft.firstCastId() != null && draft.coverIds().contains(draft.firstCastId())) {
            throw new DomainException("dance.part.cover-is-first-cast", castService.character(draft.firstCastId())
                    .castLabel());
        }
        if (new HashSet<>(draft.coverIds()).size() < draft.coverIds().size()) {
            throw new DomainException("dance.part.cover-twice");
        }
        DancePart candidate = new DancePart(number, 0);
        candidate.setName(name);
        candidate.setDancerCount(draft.dancerCount());
        validation.check(candidate);
    }

    private void apply(DancePart part, String name, PartDraft draft) {
        part.setName(name);
        part.setDancerCount(draft.dancerCount());
        part.setFirstCast(draft.firstCastId() == null ? null : castService.character(draft.firstCastId()));
        part.getCovers().addAll(draft.coverIds().stream().map(castService::character).toList());
    }

    private DancePart part(long partId) {
        return parts.findById(partId).orElseThrow(() -> new NotFoundException("dance.part.not-found", partId));
    }
}
