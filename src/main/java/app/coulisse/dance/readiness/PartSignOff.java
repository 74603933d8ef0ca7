package app.coulisse.dance.readiness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** The choreographer's word that a dancer is ready in a part: who signed, when. Taking it back deletes it. */
@Entity
@Table(name = "dance_part_ready")
@EntityListeners(AuditingEntityListener.class)
class PartSignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "part_id")
    private long partId;

    @Column(name = "character_id")
    private long characterId;

    @CreatedBy
    @Column(name = "signed_by", updatable = false)
    private String signedBy;

    @CreatedDate
    @Column(name = "signed_at", updatable = false)
    private Instant signedAt;

    protected PartSignOff() {
    }

    PartSignOff(long partId, long characterId) {
        this.partId = partId;
        this.characterId = characterId;
    }

    long getPartId() {
        return partId;
    }

    long getCharacterId() {
        return characterId;
    }

    String getSignedBy() {
        return signedBy;
    }

    Instant getSignedAt() {
        return signedAt;
    }
}
