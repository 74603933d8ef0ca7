package app.coulisse.outline;

import app.coulisse.core.AuditedEntity;
import app.coulisse.core.HexColour;
import app.coulisse.season.Series;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A thread of the season (A: the company swap, B: Cheyenne in New York…), with its colour. */
@Entity
public class Storyline extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id")
    private Series series;

    @NotBlank(message = "{storyline.label.required}")
    @Size(max = 5, message = "{storyline.label.too-long}")
    private String label;

    @NotBlank(message = "{storyline.name.required}")
    @Size(max = 120, message = "{storyline.name.too-long}")
    private String name;

    @NotNull(message = "{colour.invalid}")
    @Pattern(regexp = HexColour.PATTERN, message = "{colour.invalid}")
    private String colour;

    protected Storyline() {
    }

    public Storyline(Series series, String label, String name, String colour) {
        this.series = series;
        this.label = label;
        this.name = name;
        this.colour = colour;
    }

    public Series getSeries() {
        return series;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }
}
