package app.coulisse.dance;

import org.springframework.stereotype.Component;

/**
 * What hangs off a dance number besides its scenes — rights and music, costume pieces, pointe shoes — removed with
 * it through the persistence context, so a screen that loaded them in the same transaction never flushes a
 * reference to a deleted number (the database would cascade them anyway).
 */
@Component
class NumberDetails {

    private final RightsAndMusicRepository rights;
    private final CostumePieceRepository costumes;
    private final PointeShoesRepository shoes;

    NumberDetails(RightsAndMusicRepository rights, CostumePieceRepository costumes, PointeShoesRepository shoes) {
        this.rights = rights;
        this.costumes = costumes;
        this.shoes = shoes;
    }

    void deleteOf(long danceNumberId) {
        rights.findByDanceNumberId(danceNumberId).ifPresent(rights::delete);
        costumes.deleteAll(costumes.byNumber(danceNumberId));
        shoes.findByDanceNumberId(danceNumberId).ifPresent(shoes::delete);
    }
}
