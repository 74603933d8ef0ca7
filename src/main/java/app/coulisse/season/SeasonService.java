package app.coulisse.season;

import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.security.Roles;
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
        return companies.save(new Company(series, name, city, venue, colour));
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
        String cleanNumber = number == null ? "" : number.trim();
        if (cleanNumber.isEmpty()) {
            throw new DomainException("episode.number.required");
        }
        if (!cleanNumber.matches("[0-9]{1,4}[A-Za-z]?")) {
            throw new DomainException("episode.number.pattern");
        }
        if (title == null || title.isBlank()) {
            throw new DomainException("episode.title.required");
        }
        if (title.trim().length() > 200) {
            throw new DomainException("episode.title.too-long");
        }
        if (episodes.existsBySeriesAndNumber(series, cleanNumber)) {
            throw new DomainException("episode.number.taken", cleanNumber);
        }
        Episode episode = new Episode(series, cleanNumber, title.trim());
        episode.setPosition(episodes.maxPosition(series) + 1);
        return episodes.save(episode);
    }

    /** One episode by id. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Episode episode(long id) {
        return episodes.findById(id).orElseThrow(() -> new NotFoundException("episode.not-found", id));
    }
}
