package app.coulisse.season;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SeasonRepository extends JpaRepository<Season, Long> {

    List<Season> findBySeriesOrderByNumberAsc(Series series);

    Optional<Season> findBySeriesAndNumber(Series series, int number);

    Optional<Season> findFirstBySeriesAndCurrentTrue(Series series);

    boolean existsBySeriesAndNumber(Series series, int number);

    /** Every season with its episode count, in one statement. */
    @Query("""
            select new app.coulisse.season.SeasonSummary(s.id, s.number, s.current,
                (select count(e) from Episode e where e.season = s))
            from Season s where s.series = ?1 order by s.number""")
    List<SeasonSummary> summaries(Series series);
}
