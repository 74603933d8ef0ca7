package app.coulisse.season;

import app.coulisse.core.AuditedEntity;
import app.coulisse.core.HexColour;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A dance company in the story, e.g. the Metropolitan Ballet Theater of New York. */
@Entity
public class Company extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id")
    private Series series;

    @NotBlank(message = "{company.name.required}")
    @Size(max = 120, message = "{company.name.too-long}")
    private String name;

    @NotBlank(message = "{company.city.required}")
    @Size(max = 80, message = "{company.city.too-long}")
    private String city;

    @Size(max = 120, message = "{company.venue.too-long}")
    private String venue;

    @Pattern(regexp = HexColour.PATTERN, message = "{colour.invalid}")
    private String colour = "#9E9E9E";

    private int position;

    protected Company() {
    }

    public Company(Series series, String name, String city, String venue, String colour) {
        this.series = series;
        this.name = name;
        this.city = city;
        this.venue = venue;
        this.colour = colour;
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

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }
}
