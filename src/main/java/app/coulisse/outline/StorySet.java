package app.coulisse.outline;

import app.coulisse.core.AuditedEntity;
import app.coulisse.season.Series;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A story place from the scene headings, e.g. "MBT - JACK'S OFFICE"; shared by every episode. */
@Entity
@Table(name = "story_set")
public class StorySet extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id")
    private Series series;

    @NotBlank(message = "{set.name.required}")
    @Size(max = 150, message = "{set.name.too-long}")
    private String name;

    protected StorySet() {
    }

    public StorySet(Series series, String name) {
        this.series = series;
        this.name = name;
    }

    public Series getSeries() {
        return series;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
