package app.coulisse.schedule;

import app.coulisse.core.AuditedEntity;
import app.coulisse.core.HexColour;
import app.coulisse.season.Season;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A shooting unit of a season ("Paris unit"), with its colour, country, time zone, working week and holidays. */
@Entity
@Table(name = "shoot_unit")
public class ShootUnit extends AuditedEntity {

    /** A unit's zone until someone says otherwise, like the country's default: the production is in Paris. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Paris");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "season_id")
    private Season season;

    @NotBlank(message = "{schedule.unit.name.required}")
    @Size(max = 80, message = "{schedule.unit.name.too-long}")
    private String name;

    @Pattern(regexp = HexColour.PATTERN, message = "{colour.invalid}")
    private String colour = "#90CAF9";

    @Pattern(regexp = "[A-Z]{2}", message = "{schedule.unit.country.invalid}")
    private String country = "FR";

    /** The working week, e.g. "MON,TUE,WED,THU,FRI". */
    @NotBlank(message = "{schedule.unit.week.required}")
    @Column(name = "working_days")
    private String workingDays = "MON,TUE,WED,THU,FRI";

    /** Where the unit's calls happen: their dates and starts are this zone's wall-clock. */
    @Column(name = "time_zone")
    private String timeZone = DEFAULT_TIME_ZONE.getId();

    private int position;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "unit_holiday", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "holiday_date")
    private Set<LocalDate> holidays = new LinkedHashSet<>();

    protected ShootUnit() {
    }

    ShootUnit(Season season, String name, String colour, String country, ZoneId timeZone, Set<DayOfWeek> week) {
        this.season = season;
        this.name = name;
        this.colour = colour;
        this.country = country;
        this.timeZone = timeZone.getId();
        setWorkingWeek(week);
    }

    public Season getSeason() {
        return season;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getColour() {
        return colour;
    }

    public String getCountry() {
        return country;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone.getId();
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    /** The days of the week this unit works. */
    public Set<DayOfWeek> workingWeek() {
        return Arrays.stream(workingDays.split(",")).filter(s -> !s.isBlank())
                .map(WorkingWeek::parse).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    void setWorkingWeek(Set<DayOfWeek> week) {
        this.workingDays = WorkingWeek.format(week);
    }

    public Set<LocalDate> getHolidays() {
        return holidays;
    }
}
