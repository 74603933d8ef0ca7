package app.coulisse.dance.readiness;

import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.AuditedEntity;
import app.coulisse.core.SeededName;
import app.coulisse.dance.DanceNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A part of a dance number: "Juliet", or an anonymous ensemble of {@code dancerCount} dancers; its first cast (none
 * for an ensemble) and its covers in the order they are proposed (record 054).
 */
@Entity
@Table(name = "dance_part")
public class DancePart extends AuditedEntity {

    static final int MAX_DANCERS = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dance_number_id")
    private DanceNumber danceNumber;

    @NotBlank(message = "{dance.part.name.required}")
    @Size(max = 80, message = "{dance.text.too-long}")
    private String name;

    @Min(value = 1, message = "{dance.part.count.range}")
    @Max(value = MAX_DANCERS, message = "{dance.part.count.range}")
    @Column(name = "dancer_count")
    private int dancerCount = 1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "first_cast_id")
    private StoryCharacter firstCast;

    private int position;

    @Column(name = "seed_key")
    private String seedKey;

    @ManyToMany
    @JoinTable(name = "dance_part_cover",
            joinColumns = @JoinColumn(name = "part_id"),
            inverseJoinColumns = @JoinColumn(name = "character_id"))
    @OrderColumn(name = "position")
    private List<StoryCharacter> covers = new ArrayList<>();

    protected DancePart() {
    }

    DancePart(DanceNumber danceNumber, int position) {
        this.danceNumber = danceNumber;
        this.position = position;
    }

    public DanceNumber getDanceNumber() {
        return danceNumber;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.seedKey = SeededName.keyAfterRename(seedKey, this.name, name);
        this.name = name;
    }

    /** Marks a part the app seeds (the demo's): it shows in the reader's language until someone renames it. */
    void seed(String key) {
        this.seedKey = key;
    }

    public int getDancerCount() {
        return dancerCount;
    }

    void setDancerCount(int dancerCount) {
        this.dancerCount = dancerCount;
    }

    public StoryCharacter getFirstCast() {
        return firstCast;
    }

    void setFirstCast(StoryCharacter firstCast) {
        this.firstCast = firstCast;
    }

    public int getPosition() {
        return position;
    }

    public List<StoryCharacter> getCovers() {
        return covers;
    }

    /** The part's name as a message argument: a seeded part's in the reader's language. */
    SeededName.Text label() {
        return PartLine.text(name, seedKey);
    }

    /** Whether a dancer is on the part's list: its first cast or one of its covers. */
    boolean casts(long characterId) {
        return (firstCast != null && firstCast.getId() == characterId)
                || covers.stream().anyMatch(cover -> cover.getId() == characterId);
    }
}
