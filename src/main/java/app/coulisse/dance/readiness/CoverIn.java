package app.coulisse.dance.readiness;

import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A cover put in a part for the days its dancer is out: who put them in and when (the audit columns), and who
 * undid it and when. An undone one is kept, so the history shows both.
 */
@Entity
@Table(name = "cover_in")
class CoverIn extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unavailability_id")
    private DancerUnavailability unavailability;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id")
    private DancePart part;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cover_id")
    private StoryCharacter cover;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Column(name = "undone_by")
    private String undoneBy;

    protected CoverIn() {
    }

    CoverIn(DancerUnavailability unavailability, DancePart part, StoryCharacter cover) {
        this.unavailability = unavailability;
        this.part = part;
        this.cover = cover;
    }

    DancerUnavailability getUnavailability() {
        return unavailability;
    }

    DancePart getPart() {
        return part;
    }

    StoryCharacter getCover() {
        return cover;
    }

    Instant getUndoneAt() {
        return undoneAt;
    }

    String getUndoneBy() {
        return undoneBy;
    }

    void undo(String by, Instant at) {
        this.undoneBy = by;
        this.undoneAt = at;
    }
}
