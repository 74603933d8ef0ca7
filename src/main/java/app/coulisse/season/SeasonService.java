package app.coulisse.season;

import app.coulisse.core.DomainException;
import app.coulisse.core.DomainValidation;
import app.coulisse.core.Languages;
import app.coulisse.core.NotFoundException;
import app.coulisse.core.Positions;
import app.coulisse.core.UniqueViolations;
import app.coulisse.core.Versions;
import app.coulisse.security.Roles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The series, its seasons, its companies and its episodes. */
@Service
@Transactional
public class SeasonService {

    private static final String DEFAULT_COMPANY_COLOUR = "#9E9E9E";

    private final SeriesRepository seriesRepository;
    private final SeasonRepository seasons;
    private final CompanyRepository companies;
    private final EpisodeRepository episodes;
    private final EpisodeContents contents;
    private final ApplicationEventPublisher events;
    private final DomainValidation validation;

    SeasonService(SeriesRepository seriesRepository, SeasonRepository seasons, CompanyRepository companies,
                  EpisodeRepository episodes, EpisodeContents contents, ApplicationEventPublisher events,
                  DomainValidation validation) {
        this.seriesRepository = seriesRepository;
        this.seasons = seasons;
        this.companies = companies;
        this.episodes = episodes;
        this.contents = contents;
        this.events = events;
        this.validation = validation;
    }

    /** The series this installation serves. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Series series() {
        return seriesRepository.findFirstByOrderByIdAsc().orElseThrow(() -> new NotFoundException("series.none"));
    }

    /** True once a series exists (the first-run setup, seeding and first start check this). */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(readOnly = true)
    public boolean hasSeries() {
        return seriesRepository.count() > 0;
    }

    /** Creates the series with its Season 1 (current); there is only ever one series. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public Series createSeries(String title, String production) {
        return setUp(new SeriesSetup(title, production, Languages.CODES, "en", List.of()));
    }

    /**
     * The first-run setup: creates the series, its Season 1 (current) and its first companies in one go.
     * Submitted twice (two tabs), the second is refused with "series.exists" and nothing is duplicated.
     */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public Series setUp(SeriesSetup setup) {
        if (hasSeries()) {
            throw new DomainException("series.exists");
        }
        // Everything is checked before anything is written: a refused setup leaves no trace, whatever the transaction.
        String title = seriesTitle(setup.title());
        String production = production(setup.production());
        String languages = languages(setup.languages());
        String workbookLanguage = workbookLanguage(setup.workbookLanguage(), languages);
        List<NewCompany> companiesToAdd = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int position = 0; position < setup.companies().size(); position++) {
            NewCompany company = setup.companies().get(position);
            try {
                String name = companyName(company.name());
                NewCompany clean = new NewCompany(name, city(company.city()), venue(company.venue()),
                        companyColour(company.colour(), name));
                if (!names.add(clean.name().toLowerCase(Locale.ROOT))) {
                    throw new DomainException("company.name.taken", clean.name());
                }
                companiesToAdd.add(clean);
            } catch (DomainException refused) {
                throw new CompanyRefused(position, refused);
            }
        }
        Series series = new Series();
        series.setTitle(title);
        series.setProduction(production);
        series.setLanguages(languages);
        series.setWorkbookLanguage(workbookLanguage);
        try {
            seriesRepository.saveAndFlush(series);
        } catch (DataIntegrityViolationException raced) {
            throw new DomainException("series.exists");
        }
        Season first = new Season(series, 1);
        first.setCurrent(true);
        seasons.save(first);
        companiesToAdd.forEach(company -> addCompany(series, company));
        return series;
    }

    /**
     * Saves the series' title, production, languages and paper size from a form carrying the version it loaded; a
     * stale version throws "series.conflict" and nothing is written. Showrunner only.
     */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public Series updateSeries(Series edited) {
        Series series = series();
        if (series.getVersion() != edited.getVersion()) {
            throw new DomainException("series.conflict");
        }
        series.setTitle(seriesTitle(edited.getTitle()));
        series.setProduction(production(edited.getProduction()));
        series.setLanguages(languages(edited.getLanguages() == null ? List.of()
                : List.of(edited.getLanguages().split(","))));
        series.setWorkbookLanguage(workbookLanguage(edited.getWorkbookLanguage(), series.getLanguages()));
        series.setPaperSize(edited.getPaperSize());
        return seriesRepository.saveAndFlush(series);
    }

    /** Renames the series and its production (the API's PUT on an existing series). Showrunner only. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public Series renameSeries(String title, String production) {
        Series series = series();
        series.setTitle(seriesTitle(title));
        series.setProduction(production(production));
        return seriesRepository.saveAndFlush(series);
    }

    /** The series' seasons by number, with their episode counts. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<SeasonSummary> seasons() {
        return seasons.summaries(series());
    }

    /** The current season: the one screens and downloads open by default. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Season currentSeason() {
        Series series = series();
        return seasons.findFirstBySeriesAndCurrentTrue(series)
                .or(() -> seasons.findBySeriesOrderByNumberAsc(series).stream().findFirst())
                .orElseThrow(() -> new NotFoundException("series.none"));
    }

    /** One season by its number. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Season season(int number) {
        return seasons.findBySeriesAndNumber(series(), number)
                .orElseThrow(() -> new NotFoundException("season.not-found", number));
    }

    /** Adds a season with a new number (1 to 99); it becomes current only when marked so. Showrunner only. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public Season addSeason(int number) {
        Series series = series();
        if (number < 1 || number > Season.MAX_NUMBER) {
            throw new DomainException("season.number.range");
        }
        if (seasons.existsBySeriesAndNumber(series, number)) {
            throw new DomainException("season.number.taken", number);
        }
        try {
            return seasons.saveAndFlush(new Season(series, number));
        } catch (DataIntegrityViolationException raced) {
            throw new DomainException("season.number.taken", number);
        }
    }

    /** Marks a season as the current one (the others no longer are). Showrunner only. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public Season makeCurrent(int number) {
        Season chosen = season(number);
        for (Season season : seasons.findBySeriesOrderByNumberAsc(chosen.getSeries())) {
            season.setCurrent(season.equals(chosen));
        }
        return chosen;
    }

    /** Adds a dance company at the end of the series' list; its name must be new. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Company addCompany(String name, String city, String venue, String colour) {
        return addCompany(series(), new NewCompany(name, city, venue, colour));
    }

    /** Saves an edited company from a form carrying the version it loaded ("company.conflict" if stale). */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public Company updateCompany(long companyId, NewCompany edited, long loadedVersion) {
        Company company = company(companyId);
        if (company.getVersion() != loadedVersion) {
            throw new DomainException("company.conflict", company.getName());
        }
        String name = companyName(edited.name());
        if (companies.existsBySeriesAndNameIgnoreCaseAndIdNot(company.getSeries(), name, companyId)) {
            throw new DomainException("company.name.taken", name);
        }
        company.setName(name);
        company.setCity(city(edited.city()));
        company.setVenue(venue(edited.venue()));
        company.setColour(companyColour(edited.colour(), name));
        return companies.saveAndFlush(company);
    }

    /** Moves a company one place earlier (-1) or later (+1) in the series' list. Showrunner only. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public void moveCompany(long companyId, int direction) {
        Company company = company(companyId);
        List<Company> ordered = new ArrayList<>(companies.findBySeriesOrderByPositionAscNameAsc(company.getSeries()));
        Positions.move(ordered, company, direction, Company::setPosition);
    }

    /**
     * Removes a company; refused with a message naming what still belongs to it (characters, dance
     * numbers: the features owning them veto through {@link CompanyRemoving}). Showrunner only.
     */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public void removeCompany(long companyId) {
        Company company = company(companyId);
        events.publishEvent(new CompanyRemoving(companyId, company.getName()));
        companies.delete(company);
        companies.flush();
    }

    /** The series' companies in their order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Company> companies() {
        return companies.findBySeriesOrderByPositionAscNameAsc(series());
    }

    /** The current season's episodes in running order, with scene and page counts. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<EpisodeSummary> episodeSummaries() {
        return summaries(currentSeason());
    }

    /** One season's episodes in running order, with scene and page counts. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<EpisodeSummary> episodeSummaries(int seasonNumber) {
        return summaries(season(seasonNumber));
    }

    private List<EpisodeSummary> summaries(Season season) {
        Map<Long, EpisodeContents.Counts> counts = contents.countsBySeries(season.getSeries());
        return episodes.findBySeasonOrderByPositionAscNumberAsc(season).stream().map(episode -> {
            EpisodeContents.Counts count = counts.getOrDefault(episode.getId(), EpisodeContents.Counts.NONE);
            return new EpisodeSummary(episode.getId(), episode.getNumber(), episode.getTitle(), episode.getStatus(),
                    count.scenes(), count.eighths());
        }).toList();
    }

    /** Creates an episode at the end of the current season; its number must be new in the series. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Episode createEpisode(String number, String title) {
        return createEpisode(number, title, null);
    }

    /**
     * Creates an episode at the end of a season (the current one when {@code seasonNumber} is null), with
     * the default acts every new episode gets (see {@link EpisodeCreated}).
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public Episode createEpisode(String number, String title, Integer seasonNumber) {
        if (!hasSeries()) {
            throw new SeriesNotSetUpException();
        }
        Season season = seasonNumber == null ? currentSeason() : season(seasonNumber);
        Series series = season.getSeries();
        Episode episode = new Episode(series, cleanNumber(series, number, null), cleanTitle(title));
        episode.setSeason(season);
        episode.setPosition(episodes.maxPosition(season) + 1);
        UniqueViolations.refuseDuplicate(() -> episodes.saveAndFlush(episode),
                () -> new DomainException("episode.number.taken", episode.getNumber()));
        events.publishEvent(new EpisodeCreated(episode.getId()));
        return episode;
    }

    /** Creates an episode from a filled-in form (season, number, title, logline, writers, status, target pages). */
    @PreAuthorize(Roles.CAN_EDIT)
    public Episode createEpisode(Episode draft) {
        Episode episode = createEpisode(draft.getNumber(), draft.getTitle(),
                draft.getSeason() == null ? null : draft.getSeason().getNumber());
        copyDetails(draft, episode);
        return episodes.saveAndFlush(episode);
    }

    /**
     * Saves an edited episode. {@code edited} carries the version the form loaded: if someone saved
     * the episode since, nothing is written and "episode.conflict" is thrown.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public Episode updateEpisode(@EpisodeWrite(Episode.class) long episodeId, Episode edited) {
        Episode episode = episode(episodeId);
        Versions.require(episode.getVersion(), edited.getVersion(), "episode.conflict", episode.getNumber());
        episode.setNumber(cleanNumber(episode.getSeries(), edited.getNumber(), episode));
        episode.setTitle(cleanTitle(edited.getTitle()));
        copyDetails(edited, episode);
        return UniqueViolations.refuseDuplicate(() -> episodes.saveAndFlush(episode),
                () -> new DomainException("episode.number.taken", episode.getNumber()));
    }

    /** Moves an episode one place earlier (-1) or later (+1) in its season. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void moveEpisode(long episodeId, int direction) {
        Episode episode = episode(episodeId);
        List<Episode> ordered = new ArrayList<>(episodes.findBySeasonOrderByPositionAscNumberAsc(episode.getSeason()));
        Positions.move(ordered, episode, direction, Episode::setPosition);
    }

    /** How many scenes an episode holds, omitted ones included (what deleting it would take along). */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public long sceneCount(long episodeId) {
        return contents.sceneCount(episode(episodeId));
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
        Versions.require(series.getVersion(), edited.getVersion(), "series.conflict");
        series.setStripIntDay(stripColour(edited.getStripIntDay()));
        series.setStripExtDay(stripColour(edited.getStripExtDay()));
        series.setStripIntNight(stripColour(edited.getStripIntNight()));
        series.setStripExtNight(stripColour(edited.getStripExtNight()));
        return seriesRepository.saveAndFlush(series);
    }

    private String cleanNumber(Series series, String number, Episode self) {
        String clean = validation.checkValue(Episode.class, "number", trimmed(number));
        boolean taken = self == null ? episodes.existsBySeriesAndNumber(series, clean)
                : episodes.existsBySeriesAndNumberAndIdNot(series, clean, self.getId());
        if (taken) {
            throw new DomainException("episode.number.taken", clean);
        }
        return clean;
    }

    private String cleanTitle(String title) {
        return validation.checkValue(Episode.class, "title", trimmed(title));
    }

    private static void copyDetails(Episode from, Episode to) {
        to.setLogline(from.getLogline() == null || from.getLogline().isBlank() ? null : from.getLogline().trim());
        to.setWriters(from.getWriters() == null || from.getWriters().isBlank() ? null : from.getWriters().trim());
        to.setStatus(from.getStatus() == null ? EpisodeStatus.OUTLINE : from.getStatus());
        to.setTargetPages(from.getTargetPages());
    }

    /** A strip colour, checked against the series' rule and stored upper-case. */
    private String stripColour(String colour) {
        return validation.checkValue(Series.class, "stripIntDay", trimmed(colour)).toUpperCase(Locale.ROOT);
    }

    private Company addCompany(Series series, NewCompany draft) {
        String name = companyName(draft.name());
        if (companies.existsBySeriesAndNameIgnoreCase(series, name)) {
            throw new DomainException("company.name.taken", name);
        }
        Company company = new Company(series, name, city(draft.city()), venue(draft.venue()),
                companyColour(draft.colour(), name));
        company.setPosition(companies.maxPosition(series) + 1);
        return UniqueViolations.refuseDuplicate(() -> companies.saveAndFlush(company),
                () -> new DomainException("company.name.taken", name));
    }

    private Company company(long companyId) {
        return companies.findById(companyId).orElseThrow(() -> new NotFoundException("company.not-found"));
    }

    private String seriesTitle(String title) {
        return validation.checkValue(Series.class, "title", trimmed(title));
    }

    private String production(String production) {
        return validation.checkValue(Series.class, "production", blankToNull(production));
    }

    /** The crew's languages as stored: lower-case, each once, sorted, comma-separated. */
    private String languages(List<String> languages) {
        String clean = languages.stream().map(l -> l == null ? "" : l.trim().toLowerCase(Locale.ROOT))
                .distinct().sorted().collect(Collectors.joining(","));
        return validation.checkValue(Series.class, "languages", clean);
    }

    private static String workbookLanguage(String language, String languages) {
        String clean = language == null || language.isBlank() ? languages.split(",")[0]
                : language.trim().toLowerCase(Locale.ROOT);
        if (!List.of(languages.split(",")).contains(clean)) {
            throw new DomainException("series.workbook-language.invalid");
        }
        return clean;
    }

    private String companyName(String name) {
        return validation.checkValue(Company.class, "name", trimmed(name));
    }

    private String city(String city) {
        return validation.checkValue(Company.class, "city", trimmed(city));
    }

    private String venue(String venue) {
        return validation.checkValue(Company.class, "venue", blankToNull(venue));
    }

    /** A company's colour, grey when left empty; a refusal names the company, as several are entered at once. */
    private String companyColour(String colour, String companyName) {
        if (colour == null || colour.isBlank()) {
            return DEFAULT_COMPANY_COLOUR;
        }
        try {
            return validation.checkValue(Company.class, "colour", colour.trim()).toUpperCase(Locale.ROOT);
        } catch (DomainException invalid) {
            throw new DomainException("company.colour.invalid", companyName);
        }
    }

    /** The text without surrounding spaces; "" for none, so that a required field's refusal says it is missing. */
    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The current season's episodes in running order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Episode> episodes() {
        return episodes.findBySeasonOrderByPositionAscNumberAsc(currentSeason());
    }

    /** One season's episodes in running order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Episode> episodes(int seasonNumber) {
        return episodes.findBySeasonOrderByPositionAscNumberAsc(season(seasonNumber));
    }

    /** One episode by id. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Episode episode(long id) {
        return episodes.findById(id).orElseThrow(() -> new NotFoundException("episode.not-found", id));
    }
}
