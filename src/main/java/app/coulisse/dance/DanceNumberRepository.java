package app.coulisse.dance;

import app.coulisse.season.Series;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DanceNumberRepository extends JpaRepository<DanceNumber, Long> {

    List<DanceNumber> findBySeriesOrderByTitle(Series series);

    Optional<DanceNumber> findBySeriesAndTitleIgnoreCase(Series series, String title);

    @Query("select d from DanceNumber d left join fetch d.company left join fetch d.principalDancers where d.id = ?1")
    Optional<DanceNumber> findWithDancers(long id);

    @Query("select distinct d from DanceNumber d join d.principalDancers c where c.id = ?1")
    List<DanceNumber> findByPrincipalDancer(long characterId);

    @Query("""
            select new app.coulisse.dance.DanceNumberSummary(d.id, d.title, d.style, d.choreographer, d.musicSource,
                co.name, d.durationSeconds, d.ensembleSize, d.rehearsalHours,
                (select count(l) from SceneDanceNumber l where l.danceNumber = d),
                (select count(c) from DanceNumber d2 join d2.principalDancers c where d2 = d))
            from DanceNumber d left join d.company co
            where d.series = ?1 order by d.title""")
    List<DanceNumberSummary> summaries(Series series);

    /** The numbers performed in an episode, with their company, in one statement. */
    @Query("""
            select d from DanceNumber d left join fetch d.company
            where d.id in (select l.danceNumber.id from SceneDanceNumber l where l.scene.episode.id = ?1)
            order by d.title""")
    List<DanceNumber> performedIn(long episodeId);

    /** The numbers performed anywhere in the season, with their company, in one statement. */
    @Query("""
            select d from DanceNumber d left join fetch d.company
            where d.series = ?1 and d.id in (select l.danceNumber.id from SceneDanceNumber l)
            order by d.title""")
    List<DanceNumber> performedInSeason(Series series);

    @Query("""
            select new app.coulisse.dance.DancerInNumber(d.id, c.id, c.castId, c.name, true)
            from DanceNumber d join d.principalDancers c where d.id in ?1 order by c.castId""")
    List<DancerInNumber> principalDancers(Collection<Long> danceNumberIds);

    long countByCompany_Id(Long companyId);
}
