package app.coulisse.callsheet;

import app.coulisse.core.DomainException;
import app.coulisse.core.DomainValidation;
import app.coulisse.core.NotFoundException;
import app.coulisse.season.Season;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A season's shooting locations: listed, added, edited and removed by the production office. */
@Service
@Transactional
public class ShootingLocationService {

    private final SeasonService seasonService;
    private final ShootingLocationRepository locations;
    private final DomainValidation validation;

    ShootingLocationService(SeasonService seasonService, ShootingLocationRepository locations,
                            DomainValidation validation) {
        this.seasonService = seasonService;
        this.locations = locations;
        this.validation = validation;
    }

    /** The season's locations by name. */
    @PreAuthorize(Roles.CAN_PLAN)
    @Transactional(readOnly = true)
    public List<ShootingLocation> locations(int seasonNumber) {
        return locations.findBySeasonOrderByName(seasonService.season(seasonNumber));
    }

    /**
     * Adds a location ({@code locationId} null) or saves the edits of one loaded at {@code loadedVersion} (refused when
     * it changed meanwhile); names are unique in a season.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    public ShootingLocation save(int seasonNumber, Long locationId, long loadedVersion, ShootingLocation edited) {
        Season season = seasonService.season(seasonNumber);
        ShootingLocation location;
        if (locationId == null) {
            location = new ShootingLocation(season);
        } else {
            location = locations.findById(locationId)
                    .orElseThrow(() -> new NotFoundException("callsheet.location.not-found", locationId));
            if (location.getVersion() != loadedVersion) {
                throw new DomainException("callsheet.location.changed-meanwhile");
            }
        }
        location.apply(edited);
        validation.check(location);
        boolean taken = location.isNew()
                ? locations.existsBySeasonAndNameIgnoreCase(season, location.getName())
                : locations.existsBySeasonAndNameIgnoreCaseAndIdNot(season, location.getName(), location.getId());
        if (taken) {
            throw new DomainException("callsheet.location.name.taken", location.getName());
        }
        return locations.saveAndFlush(location);
    }

    /** Removes a location; the scenes keep naming it, and their call sheets ask for its address again. */
    @PreAuthorize(Roles.CAN_PLAN)
    public void delete(long locationId) {
        locations.findById(locationId).ifPresent(locations::delete);
    }
}
