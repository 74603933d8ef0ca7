package app.coulisse.schedule;

import app.coulisse.core.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One day of a unit: its date and what the unit does (shoot, rehearse, travel, off, holiday). */
@Entity
@Table(name = "shoot_day")
public class ShootDay extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private ShootUnit unit;

    @Column(name = "shoot_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_type")
    private DayType type = DayType.SHOOT;

    private String note;

    protected ShootDay() {
    }

    ShootDay(ShootUnit unit, LocalDate date, DayType type) {
        this.unit = unit;
        this.date = date;
        this.type = type;
    }

    public ShootUnit getUnit() {
        return unit;
    }

    public LocalDate getDate() {
        return date;
    }

    void setDate(LocalDate date) {
        this.date = date;
    }

    public DayType getType() {
        return type;
    }

    void setType(DayType type) {
        this.type = type;
    }

    public String getNote() {
        return note;
    }
}
