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

/** A call of a season at a date, a start time and for a length: what rehearsal and fitting calls share. */
@MappedSuperclass
public abstract class TimedCall extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "season_id")
    private Season season;

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

    void setTime(LocalDate date, LocalTime start, int lengthMinutes) {
        this.date = date;
        this.start = start;
        this.lengthMinutes = lengthMinutes;
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
