package app.coulisse.schedule;

import app.coulisse.core.AuditedEntity;
import app.coulisse.season.Series;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The series' scheduling rules: the drop/pick-up minimum of the DOOD and the longest consecutive rehearsal. */
@Entity
@Table(name = "schedule_settings")
public class ScheduleSettings extends AuditedEntity {

    /** Idle days a performer is held for; a longer gap is a drop and a pick-up (SAG-AFTRA's 10 days, US). */
    public static final int DEFAULT_DROP_PICKUP_DAYS = 10;
    /** AGMA: at most three consecutive rehearsal hours. */
    public static final int DEFAULT_MAX_REHEARSAL_HOURS = 3;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id")
    private Series series;

    @Column(name = "drop_pickup_min_days")
    private int dropPickupMinDays = DEFAULT_DROP_PICKUP_DAYS;

    @Column(name = "max_rehearsal_hours")
    private int maxRehearsalHours = DEFAULT_MAX_REHEARSAL_HOURS;

    protected ScheduleSettings() {
    }

    ScheduleSettings(Series series) {
        this.series = series;
    }

    public int getDropPickupMinDays() {
        return dropPickupMinDays;
    }

    void setDropPickupMinDays(int dropPickupMinDays) {
        this.dropPickupMinDays = dropPickupMinDays;
    }

    public int getMaxRehearsalHours() {
        return maxRehearsalHours;
    }

    void setMaxRehearsalHours(int maxRehearsalHours) {
        this.maxRehearsalHours = maxRehearsalHours;
    }
}
