package app.coulisse.schedule;

import app.coulisse.core.AuditedEntity;
import app.coulisse.season.Season;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.time.LocalTime;

/** A call of a season at a unit, a date, a start time and for a length: what rehearsal and fitting calls share. */
@MappedSuperclass
public abstract class TimedCall extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "season_id")
    private Season season;

    /** Where the call is (none: the season's first unit), so its times are that unit's wall-clock. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private ShootUnit unit;

    @Column(name = "call_date")
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime start;

    @Column(name = "length_minutes")
    private int lengthMinutes;

    protected TimedCall() {
    }

    TimedCall(Season season) {
        this.season = season;
    }

    void setTime(ShootUnit unit, LocalDate date, LocalTime start, int lengthMinutes) {
        this.unit = unit;
        this.date = date;
        this.start = start;
        this.lengthMinutes = lengthMinutes;
    }

    Season getSeason() {
        return season;
    }

    public ShootUnit getUnit() {
        return unit;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStart() {
        return start;
    }

    public int getLengthMinutes() {
        return lengthMinutes;
    }
}
