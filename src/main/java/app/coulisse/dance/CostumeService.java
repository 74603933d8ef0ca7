package app.coulisse.dance;

import app.coulisse.cast.CharactersMerged;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.core.DomainValidation;
import app.coulisse.core.NotFoundException;
import app.coulisse.core.Versions;
import app.coulisse.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the costume head builds and buys for a dance number: its costume pieces and its pointe shoes. */
@Service
@Transactional
public class CostumeService {

    private final DanceService danceService;
    private final CostumePieceRepository pieces;
    private final PointeShoesRepository shoes;
    private final DomainValidation validation;

    CostumeService(DanceService danceService, CostumePieceRepository pieces, PointeShoesRepository shoes,
                   DomainValidation validation) {
        this.danceService = danceService;
        this.pieces = pieces;
        this.shoes = shoes;
        this.validation = validation;
    }

    /** A number's costume pieces, the first due first. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<CostumePiece> pieces(long danceNumberId) {
        return pieces.byNumber(danceNumberId);
    }

    /** Adds a costume piece to a number (no piece id) or changes one; the version guards against a concurrent change. */
    @PreAuthorize(Roles.CAN_PLAN)
    public CostumePiece savePiece(long danceNumberId, Long pieceId, long version, CostumePiece typed) {
        // Checked apart from the stored piece, so a refusal leaves nothing changed in the session either.
        CostumePiece checked = new CostumePiece(null);
        checked.copyFrom(typed);
        validation.check(checked);
        CostumePiece piece;
        if (pieceId == null) {
            piece = new CostumePiece(danceService.danceNumber(danceNumberId));
        } else {
            piece = pieces.findById(pieceId).orElseThrow(() -> new NotFoundException("dance.costume.not-found", pieceId));
            Versions.require(piece.getVersion(), version, "error.conflict");
        }
        piece.copyFrom(checked);
        return pieces.saveAndFlush(piece);
    }

    /** Removes a costume piece. */
    @PreAuthorize(Roles.CAN_PLAN)
    public void deletePiece(long pieceId) {
        pieces.deleteById(pieceId);
    }

    /** A number's pointe shoes; a fresh, unsaved record (none received) before the first delivery. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public PointeShoes pointeShoes(long danceNumberId) {
        return shoes.findByDanceNumberId(danceNumberId)
                .orElseGet(() -> new PointeShoes(danceService.danceNumber(danceNumberId)));
    }

    /** The pairs a number needs: shoes per dancer × its principals and ensemble. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public int pairsNeeded(long danceNumberId) {
        DanceNumber number = danceService.danceNumber(danceNumberId);
        return PointeShoes.pairsNeeded(number.getShoesPerDancer(), number.getPrincipalDancers().size(),
                number.getEnsembleSize());
    }

    /**
     * Records the pairs received for a number and the pairs given to each of its principal dancers (by character id;
     * none for zero); more pairs allotted than received is refused, nothing saved.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    public PointeShoes saveShoes(long danceNumberId, long version, int received, Map<Long, Integer> allotments) {
        DanceNumber number = danceService.danceNumber(danceNumberId);
        Set<Long> dancers = number.getPrincipalDancers().stream().map(StoryCharacter::getId).collect(Collectors.toSet());
        allotments.keySet().stream().filter(id -> !dancers.contains(id)).findFirst().ifPresent(id -> {
            throw new DomainException("dance.shoes.not-a-dancer");
        });
        PointeShoes checked = new PointeShoes(number);
        checked.setPairsReceived(received);
        allotments.forEach((dancer, pairs) -> {
            if (pairs != null && pairs != 0) {
                checked.getAllotments().put(dancer, pairs);
            }
        });
        // Checked apart from the stored record, so a refusal leaves nothing changed in the session either.
        validation.check(checked);
        PointeShoes stored = shoes.findByDanceNumberId(danceNumberId).orElse(checked);
        if (stored != checked) {
            Versions.require(stored.getVersion(), version, "error.conflict");
            stored.setPairsReceived(checked.getPairsReceived());
            stored.getAllotments().clear();
            stored.getAllotments().putAll(checked.getAllotments());
        }
        return shoes.saveAndFlush(stored);
    }

    /** A merged-away dancer's pairs go to the survivor. */
    @EventListener
    void onCharactersMerged(CharactersMerged merged) {
        for (PointeShoes stock : shoes.allottedTo(merged.duplicateId())) {
            Integer pairs = stock.getAllotments().remove(merged.duplicateId());
            if (pairs != null) {
                stock.getAllotments().merge(merged.survivorId(), pairs, Integer::sum);
            }
        }
    }
}
