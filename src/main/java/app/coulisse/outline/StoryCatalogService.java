package app.coulisse.outline;

import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.core.Versions;
import app.coulisse.security.Roles;
import app.coulisse.season.SeasonService;
import app.coulisse.season.Series;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The series' catalogs that scenes pick from: the sets (by name) and the storylines (A, B, C…). */
@Service
@Transactional
public class StoryCatalogService {

    private static final String COLOUR = "#[0-9A-Fa-f]{6}";

    private final SeasonService seasonService;
    private final StorySetRepository sets;
    private final StorylineRepository storylines;

    StoryCatalogService(SeasonService seasonService, StorySetRepository sets, StorylineRepository storylines) {
        this.seasonService = seasonService;
        this.sets = sets;
        this.storylines = storylines;
    }

    /** The series' set catalog by name. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<StorySet> sets() {
        return sets.findBySeriesOrderByName(seasonService.series());
    }

    /** The series' storylines by label. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Storyline> storylines() {
        return storylines.findBySeriesOrderByLabel(seasonService.series());
    }

    /** The set with that name (case ignored), created in the catalog if it is new. */
    @PreAuthorize(Roles.CAN_EDIT)
    public StorySet findOrCreateSet(String name) {
        Series series = seasonService.series();
        String clean = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        if (clean.isEmpty()) {
            throw new DomainException("set.name.required");
        }
        if (clean.length() > 150) {
            throw new DomainException("set.name.too-long");
        }
        return sets.findBySeriesAndNameIgnoreCase(series, clean).orElseGet(() -> sets.save(new StorySet(series, clean)));
    }

    /** Adds a storyline (A, B, C…) to the series; labels are unique. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Storyline addStoryline(String label, String name, String colour) {
        Series series = seasonService.series();
        String cleanLabel = label == null ? "" : label.trim().toUpperCase(Locale.ROOT);
        if (cleanLabel.isEmpty()) {
            throw new DomainException("storyline.label.required");
        }
        if (cleanLabel.length() > 5) {
            throw new DomainException("storyline.label.too-long");
        }
        if (storylines.findBySeriesAndLabelIgnoreCase(series, cleanLabel).isPresent()) {
            throw new DomainException("storyline.label.taken", cleanLabel);
        }
        return storylines.save(new Storyline(series, cleanLabel, storylineName(name), colour(colour)));
    }

    /** Renames or recolours a storyline (its label stays); {@code version} is the one the form loaded. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Storyline updateStoryline(long storylineId, long version, String name, String colour) {
        Storyline storyline = storylines.findById(storylineId)
                .orElseThrow(() -> new NotFoundException("storyline.not-found", storylineId));
        Versions.require(storyline.getVersion(), version, "error.conflict");
        storyline.setName(storylineName(name));
        storyline.setColour(colour(colour));
        return storyline;
    }

    private static String storylineName(String name) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty()) {
            throw new DomainException("storyline.name.required");
        }
        if (clean.length() > 120) {
            throw new DomainException("storyline.name.too-long");
        }
        return clean;
    }

    private static String colour(String colour) {
        String clean = colour == null ? "" : colour.trim();
        if (!clean.matches(COLOUR)) {
            throw new DomainException("colour.invalid");
        }
        return clean.toUpperCase(Locale.ROOT);
    }
}
