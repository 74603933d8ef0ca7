package app.coulisse.season;

import app.coulisse.core.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A season of the series (1, 2, …); one is current, the one screens and downloads open by default. */
@Entity
public class Season extends AuditedEntity {

    /** The highest season number accepted. */
    public static final int MAX_NUMBER = 99;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id")
    private Series series;

    @Min(value = 1, message = "{season.number.range}")
    @Max(value = MAX_NUMBER, message = "{season.number.range}")
    private int number;

    @Column(name = "is_current")
    private boolean current;

    protected Season() {
    }

    Season(Series series, int number) {
        this.series = series;
        this.number = number;
    }

    public Series getSeries() {
        return series;
    }

    public int getNumber() {
        return number;
    }

    public boolean isCurrent() {
        return current;
    }

    void setCurrent(boolean current) {
        this.current = current;
    }
}
