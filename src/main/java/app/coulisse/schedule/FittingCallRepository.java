package app.coulisse.schedule;

import app.coulisse.season.Season;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FittingCallRepository extends JpaRepository<FittingCall, Long> {

    @Query("select f from FittingCall f join fetch f.character where f.season = ?1 order by f.date, f.start")
    List<FittingCall> bySeason(Season season);
}
