package app.coulisse.schedule;

import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.readiness.DancePart;
import app.coulisse.season.Season;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/** A rehearsal of a dance number: date, start, length, studio, choreographer and the dancers called. */
@Entity
@Table(name = "rehearsal_call")
public class RehearsalCall extends TimedCall {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dance_number_id")
    private DanceNumber danceNumber;

    private String studio;

    private String choreographer;

    /** Called after the day's wrap: no conflict with the dancer's shoot that day. */
    @Column(name = "after_wrap")
    private boolean afterWrap;

    @ManyToMany
    @JoinTable(name = "rehearsal_call_dancer",
            joinColumns = @JoinColumn(name = "rehearsal_call_id"),
            inverseJoinColumns = @JoinColumn(name = "character_id"))
    private Set<StoryCharacter> dancers = new LinkedHashSet<>();

    /** The parts of the number this call rehearses: each dancer called adds the call's hours to them (record 054). */
    @ManyToMany
    @JoinTable(name = "rehearsal_call_part",
            joinColumns = @JoinColumn(name = "rehearsal_call_id"),
            inverseJoinColumns = @JoinColumn(name = "part_id"))
    private Set<DancePart> parts = new LinkedHashSet<>();

    protected RehearsalCall() {
    }

    RehearsalCall(Season season, DanceNumber danceNumber, CallDraft draft, ShootUnit unit, Set<StoryCharacter> dancers) {
        super(season);
        this.danceNumber = danceNumber;
        apply(draft, unit, dancers);
    }

    /** Changes the call to what the form says (its unit and dancers already checked). */
    void apply(CallDraft draft, ShootUnit unit, Set<StoryCharacter> called) {
        setTime(unit, draft.date(), draft.start(), draft.lengthMinutes());
        this.studio = draft.studio();
        this.choreographer = draft.choreographer();
        this.afterWrap = draft.afterWrap();
        this.dancers.clear();
        this.dancers.addAll(called);
    }

    public DanceNumber getDanceNumber() {
        return danceNumber;
    }

    public String getStudio() {
        return studio;
    }

    public String getChoreographer() {
        return choreographer;
    }

    public boolean isAfterWrap() {
        return afterWrap;
    }

    public Set<StoryCharacter> getDancers() {
        return dancers;
    }

    public Set<DancePart> getParts() {
        return parts;
    }
}
