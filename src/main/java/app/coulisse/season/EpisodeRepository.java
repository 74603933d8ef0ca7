package app.coulisse.season;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EpisodeRepository extends JpaRepository<Episode, Long> {

    boolean existsBySeriesAndNumber(Series series, String number);

    boolean existsBySeriesAndNumberAndIdNot(Series series, String number, Long id);

    List<Episode> findBySeasonOrderByPositionAscNumberAsc(Season season);

    @Query("select count(s) from Scene s where s.episode = ?1")
    long sceneCount(Episode episode);

    @Query("select coalesce(max(e.position), 0) from Episode e where e.season = ?1")
    int maxPosition(Season season);

    /** One statement for the whole overview, counts included, however many episodes. */
    @Query("""
            select new app.coulisse.season.EpisodeSummary(e.id, e.number, e.title, e.status,
                (select count(s) from Scene s where s.episode = e and s.omitted = false),
                (select coalesce(sum(s.eighths), 0) from Scene s where s.episode = e and s.omitted = false))
            from Episode e where e.season = ?1 order by e.position, e.number""")
    List<EpisodeSummary> summaries(Season season);
}
