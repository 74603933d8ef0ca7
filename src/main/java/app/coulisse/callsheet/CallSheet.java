package app.coulisse.callsheet;

import app.coulisse.core.AuditedEntity;
import app.coulisse.schedule.ShootDay;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the production office edits on a shoot day's call sheet: the crew and shooting calls, cast times, notes. */
@Entity
@Table(name = "call_sheet")
class CallSheet extends AuditedEntity {

    static final int NOTES_MAX = 4000;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shoot_day_id")
    private ShootDay day;

    @Column(name = "crew_call")
    private LocalTime crewCall;

    @Column(name = "shooting_call")
    private LocalTime shootingCall;

    @Size(max = NOTES_MAX, message = "{callsheet.notes.too-long}")
    private String notes;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "call_sheet_cast", joinColumns = @JoinColumn(name = "call_sheet_id"))
    private List<CastTimes> cast = new ArrayList<>();

    protected CallSheet() {
    }

    CallSheet(ShootDay day) {
        this.day = day;
    }

    /** An unsaved copy to try an edit on, so an edit that is refused never touches the sheet. */
    CallSheet copy() {
        CallSheet copy = new CallSheet(day);
        copy.crewCall = crewCall;
        copy.shootingCall = shootingCall;
        copy.notes = notes;
        copy.cast = new ArrayList<>(cast);
        return copy;
    }

    ShootDay getDay() {
        return day;
    }

    LocalTime getCrewCall() {
        return crewCall;
    }

    LocalTime getShootingCall() {
        return shootingCall;
    }

    void setCalls(LocalTime crewCall, LocalTime shootingCall) {
        this.crewCall = crewCall;
        this.shootingCall = shootingCall;
    }

    String getNotes() {
        return notes;
    }

    void setNotes(String notes) {
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    Optional<CastTimes> times(int castId) {
        return cast.stream().filter(t -> t.castId() == castId).findFirst();
    }

    void setTimes(CastTimes times) {
        cast.removeIf(t -> t.castId() == times.castId());
        cast.add(times);
    }
}
