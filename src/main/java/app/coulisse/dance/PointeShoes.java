package app.coulisse.dance;

import app.coulisse.core.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import java.util.HashMap;
import java.util.Map;

/**
 * The pointe shoes the costume head received for a number and how many pairs each principal dancer was given; the
 * rest go to the ensemble. The pairs needed stay the rule of today: shoes per dancer × everyone dancing.
 */
@Entity
@Table(name = "pointe_shoes")
public class PointeShoes extends AuditedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dance_number_id")
    private DanceNumber danceNumber;

    @Min(value = 0, message = "{dance.count.negative}")
    @Column(name = "pairs_received")
    private int pairsReceived;

    /** Pairs by character id. */
    @ElementCollection
    @CollectionTable(name = "pointe_allotment", joinColumns = @JoinColumn(name = "pointe_shoes_id"))
    @MapKeyColumn(name = "character_id")
    @Column(name = "pairs")
    private Map<Long, Integer> allotments = new HashMap<>();

    protected PointeShoes() {
    }

    public PointeShoes(DanceNumber danceNumber) {
        this.danceNumber = danceNumber;
    }

    /** The pairs a number needs: shoes per dancer × its principals and ensemble, none when no count is set. */
    public static int pairsNeeded(Integer shoesPerDancer, int principals, int ensembleSize) {
        return shoesPerDancer == null ? 0 : shoesPerDancer * DanceNumber.totalDancers(principals, ensembleSize);
    }

    /** No dancer is given a negative number of pairs. */
    @AssertTrue(message = "{dance.count.negative}")
    public boolean isEveryAllotmentCounted() {
        return allotments.values().stream().allMatch(pairs -> pairs != null && pairs >= 0);
    }

    /** The dancers are given no more pairs than were received. */
    @AssertTrue(message = "{dance.shoes.allotted.too-many}")
    public boolean isAllottedWithinReceived() {
        return allotted() <= pairsReceived;
    }

    /** The pairs given to dancers so far. */
    public int allotted() {
        return allotments.values().stream().mapToInt(pairs -> pairs == null ? 0 : pairs).sum();
    }

    public DanceNumber getDanceNumber() {
        return danceNumber;
    }

    public int getPairsReceived() {
        return pairsReceived;
    }

    public void setPairsReceived(int pairsReceived) {
        this.pairsReceived = pairsReceived;
    }

    /** Pairs by character id; a dancer with none is absent. */
    public Map<Long, Integer> getAllotments() {
        return allotments;
    }
}
