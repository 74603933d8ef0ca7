package app.coulisse.schedule;

import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.season.Season;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A season's units, their working week and holidays, and their days: generated, added, moved, retyped, deleted. */
@Service
@Transactional
public class ShootDayService {

    /** The most days one generation makes. */
    public static final int MAX_GENERATED = 200;

    private final SeasonService seasonService;
    private final ShootUnitRepository units;
    private final ShootDayRepository days;
    private final StripPlacementRepository placements;
    private final ScheduleSettingsRepository settings;

    ShootDayService(SeasonService seasonService, ShootUnitRepository units, ShootDayRepository days,
                    StripPlacementRepository placements, ScheduleSettingsRepository settings) {
        this.seasonService = seasonService;
        this.units = units;
        this.days = days;
        this.placements = placements;
        this.settings = settings;
    }

    /** The season's units in order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<ShootUnit> units(int seasonNumber) {
        return units.findBySeasonOrderByPosition(seasonService.season(seasonNumber));
    }

    /** Every day of the season's units, by date then unit. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<ShootDay> days(int seasonNumber) {
        return days.bySeason(seasonService.season(seasonNumber));
    }

    /** Adds a unit to a season with its colour, country (ISO code), time zone and working week. */
    @PreAuthorize(Roles.CAN_PLAN)
    public ShootUnit addUnit(int seasonNumber, String name, String colour, String country, ZoneId timeZone,
                             Set<DayOfWeek> week) {
        Season season = seasonService.season(seasonNumber);
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new DomainException("schedule.unit.name.required");
        }
        if (units.existsBySeasonAndNameIgnoreCase(season, trimmed)) {
            throw new DomainException("schedule.unit.name.taken", trimmed);
        }
        if (week == null || week.isEmpty()) {
            throw new DomainException("schedule.unit.week.required");
        }
        ShootUnit unit = new ShootUnit(season, trimmed, colour == null ? "#90CAF9" : colour,
                country == null ? "FR" : country.toUpperCase(java.util.Locale.ROOT), required(timeZone), week);
        unit.setPosition((int) units.countBySeason(season));
        return units.saveAndFlush(unit);
    }

    /** Changes where a unit is: its calls' times stay the same wall-clock times, now in that zone. */
    @PreAuthorize(Roles.CAN_PLAN)
    public ShootUnit changeTimeZone(long unitId, ZoneId timeZone) {
        ShootUnit unit = unit(unitId);
        unit.setTimeZone(required(timeZone));
        return unit;
    }

    /** Adds a holiday to a unit's calendar: generation skips it (and marks it when it falls on a working day). */
    @PreAuthorize(Roles.CAN_PLAN)
    public void addHoliday(long unitId, LocalDate date) {
        if (date == null) {
            throw new DomainException("schedule.day.date-required");
        }
        unit(unitId).getHolidays().add(date);
    }

    /**
     * Generates {@code shootDays} shoot days for a unit from a start date on its working week, skipping its
     * holidays (marked as holiday days) and the dates it already has; answers the days made.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    public List<ShootDay> addDays(long unitId, LocalDate start, int shootDays) {
        if (start == null) {
            throw new DomainException("schedule.day.date-required");
        }
        if (shootDays < 1 || shootDays > MAX_GENERATED) {
            throw new DomainException("schedule.day.count-range", MAX_GENERATED);
        }
        ShootUnit unit = unit(unitId);
        List<ShootDay> made = new ArrayList<>();
        for (WorkingWeek.PlannedDate planned : WorkingWeek.plan(start, shootDays, unit.workingWeek(),
                unit.getHolidays(), days.datesOf(unit))) {
            made.add(days.save(new ShootDay(unit, planned.date(), planned.type())));
        }
        days.flush();
        return made;
    }

    /** Adds one day of a type to a unit; refused when the unit already has that date. */
    @PreAuthorize(Roles.CAN_PLAN)
    public ShootDay addDay(long unitId, LocalDate date, DayType type) {
        if (date == null || type == null) {
            throw new DomainException("schedule.day.date-required");
        }
        ShootUnit unit = unit(unitId);
        refuseOverlap(unit, date);
        return DayOverlaps.refuse(() -> days.saveAndFlush(new ShootDay(unit, date, type)), unit.getName(), date);
    }

    /** Moves a day (its strips with it) to another date; refused when the unit already has that date. */
    @PreAuthorize(Roles.CAN_PLAN)
    public ShootDay moveDay(long dayId, LocalDate date) {
        if (date == null) {
            throw new DomainException("schedule.day.date-required");
        }
        ShootDay day = day(dayId);
        if (date.equals(day.getDate())) {
            return day;
        }
        refuseOverlap(day.getUnit(), date);
        day.setDate(date);
        return DayOverlaps.refuse(() -> days.saveAndFlush(day), day.getUnit().getName(), date);
    }

    /** Changes what a unit does on a day; a day holding strips stays a shoot day. */
    @PreAuthorize(Roles.CAN_PLAN)
    public ShootDay changeDayType(long dayId, DayType type) {
        ShootDay day = day(dayId);
        if (type == null) {
            throw new DomainException("schedule.day.type-required");
        }
        long strips = placements.countByDay(day);
        if (!type.takesStrips() && strips > 0) {
            throw new DomainException("schedule.day.holds-strips", strips);
        }
        day.setType(type);
        return day;
    }

    /** How many strips a day holds (what deleting it sends back to the boneyard). */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public long stripCount(long dayId) {
        return placements.countByDay(day(dayId));
    }

    /** Deletes a day; its strips go back to the boneyard. Answers how many went back. */
    @PreAuthorize(Roles.CAN_PLAN)
    public int deleteDay(long dayId) {
        ShootDay day = day(dayId);
        List<StripPlacement> held = placements.inDay(day);
        placements.deleteAll(held);
        days.delete(day);
        return held.size();
    }

    /** The series' scheduling rules (the defaults until the showrunner changes them). */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public ScheduleSettings settings() {
        return settings.findBySeries(seasonService.series()).orElseGet(() -> new ScheduleSettings(seasonService.series()));
    }

    /** Sets the drop/pick-up minimum (1–60 days) and the longest consecutive rehearsal (1–12 hours). */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public ScheduleSettings updateSettings(int dropPickupMinDays, int maxRehearsalHours) {
        if (dropPickupMinDays < 1 || dropPickupMinDays > 60) {
            throw new DomainException("schedule.settings.drop-range", 60);
        }
        if (maxRehearsalHours < 1 || maxRehearsalHours > 12) {
            throw new DomainException("schedule.settings.hours-range", 12);
        }
        ScheduleSettings current = settings.findBySeries(seasonService.series())
                .orElseGet(() -> settings.save(new ScheduleSettings(seasonService.series())));
        current.setDropPickupMinDays(dropPickupMinDays);
        current.setMaxRehearsalHours(maxRehearsalHours);
        return current;
    }

    private static ZoneId required(ZoneId timeZone) {
        if (timeZone == null) {
            throw new DomainException("schedule.unit.zone.required");
        }
        return timeZone;
    }

    private void refuseOverlap(ShootUnit unit, LocalDate date) {
        if (days.existsByUnitAndDate(unit, date)) {
            throw new DomainException("schedule.day.overlap", unit.getName(), date);
        }
    }

    private ShootUnit unit(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new NotFoundException("schedule.unit.not-found", unitId));
    }

    private ShootDay day(long dayId) {
        return days.findById(dayId).orElseThrow(() -> new NotFoundException("schedule.day.not-found", dayId));
    }
}
