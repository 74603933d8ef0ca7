package app.coulisse.dance.readiness;

import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A dancer out from one date to another, both included; the reason is free text and holds no medical detail. One
 * entered by mistake is removed (who, when) and kept, so the history shows it; a removed one counts nowhere.
 */
@Entity
@Table(name = "dancer_unavailability")
public class DancerUnavailability extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "character_id")
    private StoryCharacter dancer;

    @Column(name = "from_date")
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    @Size(max = 200, message = "{dance.out.reason.too-long}")
    private String reason;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by")
    private String removedBy;

    protected DancerUnavailability() {
    }

    DancerUnavailability(StoryCharacter dancer, LocalDate from, LocalDate to, String reason) {
        this.dancer = dancer;
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    public StoryCharacter getDancer() {
        return dancer;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    void remove(String by, Instant at) {
        this.removedBy = by;
        this.removedAt = at;
    }

    void restore() {
        this.removedBy = null;
        this.removedAt = null;
    }
}
