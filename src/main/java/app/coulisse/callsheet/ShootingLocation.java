package app.coulisse.callsheet;

import app.coulisse.core.AuditedEntity;
import app.coulisse.season.Season;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Where a unit shoots, found by the name the scenes give as their shooting location: address, parking and base camp,
 * nearest hospital, a contact, and a position (optional) for the day's sunrise and sunset.
 */
@Entity
@Table(name = "shooting_location")
public class ShootingLocation extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "season_id")
    private Season season;

    @NotBlank(message = "{callsheet.location.name.required}")
    @Size(max = 150, message = "{callsheet.location.name.too-long}")
    private String name;

    @NotBlank(message = "{callsheet.location.address.required}")
    @Size(max = 300, message = "{callsheet.location.too-long}")
    private String address;

    @Size(max = 300, message = "{callsheet.location.too-long}")
    private String parking;

    @Size(max = 300, message = "{callsheet.location.too-long}")
    private String hospital;

    @Size(max = 200, message = "{callsheet.location.too-long}")
    private String contact;

    @DecimalMin(value = "-90", message = "{callsheet.location.latitude.invalid}")
    @DecimalMax(value = "90", message = "{callsheet.location.latitude.invalid}")
    private Double latitude;

    @DecimalMin(value = "-180", message = "{callsheet.location.longitude.invalid}")
    @DecimalMax(value = "180", message = "{callsheet.location.longitude.invalid}")
    private Double longitude;

    protected ShootingLocation() {
    }

    ShootingLocation(Season season) {
        this.season = season;
    }

    /** A fresh location for a form: no season yet, the service sets it when it saves. */
    public static ShootingLocation draft() {
        return new ShootingLocation();
    }

    /** Copies what a form edits. */
    void apply(ShootingLocation edited) {
        this.name = trimmed(edited.name);
        this.address = trimmed(edited.address);
        this.parking = trimmed(edited.parking);
        this.hospital = trimmed(edited.hospital);
        this.contact = trimmed(edited.contact);
        this.latitude = edited.latitude;
        this.longitude = edited.longitude;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Whether sun times can be computed here. */
    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getParking() {
        return parking;
    }

    public void setParking(String parking) {
        this.parking = parking;
    }

    public String getHospital() {
        return hospital;
    }

    public void setHospital(String hospital) {
        this.hospital = hospital;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }
}
