package app.coulisse.season;

import app.coulisse.core.DomainException;
import app.coulisse.core.UniqueViolations;
import app.coulisse.core.NotFoundException;
import app.coulisse.security.Roles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The series, its companies and its episodes: the season as a whole. */
@Service
@Transactional
public class SeasonService {

    private final SeriesRepository seriesRepository;
    private final CompanyRepository companies;
    private final EpisodeRepository episodes;

    SeasonService(SeriesRepository seriesRepository, CompanyRepository companies, EpisodeRepository episodes) {
        this.seriesRepository = seriesRepository;
        this.companies = companies;
        this.episodes = episodes;
    }

    /** The series this installation serves. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Series series() {
        return seriesRepository.findFirstByOrderByIdAsc().orElseThrow(() -> new NotFoundException("series.none"));
    }

    /** True once a series exists (seeding and first start check this). */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(readOnly = true)
    public boolean hasSeries() {
        return seriesRepository.count() > 0;
    }

    /** Creates the series; there is only ever one. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public Series createSeries(String title, String production) {
        if (hasSeries()) {
            throw new DomainException("series.exists");
        }
        Series series = new Series();
        series.setTitle(title);
        series.setProduction(production);
        return seriesRepository.save(series);
    }

    /** Adds a dance company to the series. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Company addCompany(String name, String city, String venue, String colour) {
        Series series = series();
        if (companies.existsBySeriesAndNameIgnoreCase(series, name)) {
            throw new DomainException("company.name.taken", name);
        }
        return UniqueViolations.refuseDuplicate(() -> companies.saveAndFlush(new Company(series, name, city, venue, colour)),
                () -> new DomainException("company.name.taken", name));
    }

    /** The series' companies by name. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Company> companies() {
        return companies.findBySeriesOrderByNameAsc(series());
    }

    /** The season's episodes in running order, with scene and page counts. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<EpisodeSummary> episodeSummaries() {
        return episodes.summaries(series());
    }

    /** Creates an episode at the end of the season; its number must be new. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Episode createEpisode(String number, String title) {
        Series series = series();
        Episode episode = new Episode(series, cleanNumber(series, number, null), cleanTitle(title));
        episode.setPosition(episodes.maxPosition(series) + 1);
        return UniqueViolations.refuseDuplicate(() -> episodes.saveAndFlush(episode),
                () -> new DomainException("episode.number.taken", episode.getNumber()));
    }

    /** Creates an episode from a filled-in form (number, title, logline, writers, status, target pages). */
    @PreAuthorize(Roles.CAN_EDIT)
    public Episode createEpisode(Episode draft) {
        Episode episode = createEpisode(draft.getNumber(), draft.getTitle());
        copyDetails(draft, episode);
        return episodes.saveAndFlush(episode);
    }

    /**
     * Saves an edited episode. {@code edited} carries the version the form loaded: if someone saved
     * the episode since, nothing is written and "episode.conflict" is thrown.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public Episode updateEpisode(long episodeId, Episode edited) {
        Episode episode = episode(episodeId);
        if (episode.getVersion() != edited.getVersion()) {
            throw new DomainException("episode.conflict", episode.getNumber());
        }
        episode.setNumber(cleanNumber(episode.getSeries(), edited.getNumber(), episode));
        episode.setTitle(cleanTitle(edited.getTitle()));
        copyDetails(edited, episode);
        return UniqueViolations.refuseDuplicate(() -> episodes.saveAndFlush(episode),
                () -> new DomainException("episode.number.taken", episode.getNumber()));
    }

    /** Moves an episode one place earlier (-1) or later (+1) in the season. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void moveEpisode(long episodeId, int direction) {
        Episode episode = episode(episodeId);
        List<Episode> ordered = new ArrayList<>(episodes.findBySeriesOrderByPositionAscNumberAsc(episode.getSeries()));
        int from = ordered.indexOf(episode);
        int to = Math.max(0, Math.min(ordered.size() - 1, from + Integer.signum(direction)));
        ordered.add(to, ordered.remove(from));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i + 1);
        }
    }

    /** How many scenes an episode holds, omitted ones included (what deleting it would take along). */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public long sceneCount(long episodeId) {
        return episodes.sceneCount(episode(episodeId));
    }

    /** Deletes an episode with its acts and scenes (the database cascades); showrunner only. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public void deleteEpisode(long episodeId) {
        episodes.delete(episode(episodeId));
        episodes.flush();
    }

    /** Saves the strip palette from a form that carries the series' version; showrunner only. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public Series updateStripPalette(Series edited) {
        Series series = series();
        if (series.getVersion() != edited.getVersion()) {
            throw new DomainException("series.conflict");
        }
        series.setStripIntDay(colour(edited.getStripIntDay()));
        series.setStripExtDay(colour(edited.getStripExtDay()));
        series.setStripIntNight(colour(edited.getStripIntNight()));
        series.setStripExtNight(colour(edited.getStripExtNight()));
        return seriesRepository.saveAndFlush(series);
    }

    private String cleanNumber(Series series, String number, Episode self) {
        String clean = number == null ? "" : number.trim();
        if (clean.isEmpty()) {
            throw new DomainException("episode.number.required");
        }
        if (!clean.matches("[0-9]{1,4}[A-Za-z]?")) {
            throw new DomainException("episode.number.pattern");
        }
        boolean taken = self == null ? episodes.existsBySeriesAndNumber(series, clean)
                : episodes.existsBySeriesAndNumberAndIdNot(series, clean, self.getId());
        if (taken) {
            throw new DomainException("episode.number.taken", clean);
        }
        return clean;
    }

    private static String cleanTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new DomainException("episode.title.required");
        }
        if (title.trim().length() > 200) {
            throw new DomainException("episode.title.too-long");
        }
        return title.trim();
    }

    private static void copyDetails(Episode from, Episode to) {
        to.setLogline(from.getLogline() == null || from.getLogline().isBlank() ? null : from.getLogline().trim());
        to.setWriters(from.getWriters() == null || from.getWriters().isBlank() ? null : from.getWriters().trim());
        to.setStatus(from.getStatus() == null ? EpisodeStatus.OUTLINE : from.getStatus());
        to.setTargetPages(from.getTargetPages());
    }

    private static String colour(String colour) {
        String clean = colour == null ? "" : colour.trim();
        if (!clean.matches("#[0-9A-Fa-f]{6}")) {
            throw new DomainException("colour.invalid");
        }
        return clean.toUpperCase();
    }

    /** The season's episodes in running order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Episode> episodes() {
        return episodes.findBySeriesOrderByPositionAscNumberAsc(series());
    }

    /** One episode by id. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Episode episode(long id) {
        return episodes.findById(id).orElseThrow(() -> new NotFoundException("episode.not-found", id));
    }
}
