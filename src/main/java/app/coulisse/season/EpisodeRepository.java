package app.coulisse.season;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EpisodeRepository extends JpaRepository<Episode, Long> {

    boolean existsBySeriesAndNumber(Series series, String number);

    boolean existsBySeriesAndNumberAndIdNot(Series series, String number, Long id);

    List<Episode> findBySeasonOrderByPositionAscNumberAsc(Season season);

    @Query("select coalesce(max(e.position), 0) from Episode e where e.season = ?1")
    int maxPosition(Season season);
}
