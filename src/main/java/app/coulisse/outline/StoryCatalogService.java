package app.coulisse.outline;

import app.coulisse.core.DomainException;
import app.coulisse.core.DomainValidation;
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

    private final SeasonService seasonService;
    private final StorySetRepository sets;
    private final StorylineRepository storylines;
    private final DomainValidation validation;

    StoryCatalogService(SeasonService seasonService, StorySetRepository sets, StorylineRepository storylines,
                        DomainValidation validation) {
        this.seasonService = seasonService;
        this.sets = sets;
        this.storylines = storylines;
        this.validation = validation;
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
        Storyline storyline = validation.check(new Storyline(series, trimmed(label).toUpperCase(Locale.ROOT),
                trimmed(name), colour(colour)));
        if (storylines.findBySeriesAndLabelIgnoreCase(series, storyline.getLabel()).isPresent()) {
            throw new DomainException("storyline.label.taken", storyline.getLabel());
        }
        return storylines.save(storyline);
    }

    /** Renames or recolours a storyline (its label stays); {@code version} is the one the form loaded. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Storyline updateStoryline(long storylineId, long version, String name, String colour) {
        Storyline storyline = storylines.findById(storylineId)
                .orElseThrow(() -> new NotFoundException("storyline.not-found", storylineId));
        Versions.require(storyline.getVersion(), version, "error.conflict");
        // Judged on a copy, so a refused change never sits in the session to be flushed.
        Storyline changed = validation.check(new Storyline(storyline.getSeries(), storyline.getLabel(), trimmed(name),
                colour(colour)));
        storyline.setName(changed.getName());
        storyline.setColour(changed.getColour());
        return storyline;
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }

    /** A colour as stored, upper-case ({@link Storyline}'s constraint judges it). */
    private static String colour(String colour) {
        return colour == null ? null : colour.trim().toUpperCase(Locale.ROOT);
    }
}
